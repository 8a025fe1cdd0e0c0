using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>Runs a host and turns configuration mistakes into one clear line and exit code 2, not a stack trace.</summary>
public static class HostRunner
{
    public const int ConfigurationError = 2;

    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        try
        {
            using var host = builder.Build();
            // Validate before starting so a bad setting is one line, not the host's logged stack trace.
            ValidateAllOptions(host.Services);
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            return ReportConfigurationError(ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    /// <summary>Builds and starts the host's options validation, runs one tool action, and stops.</summary>
    public static async Task<int> RunToolAsync(
        HostApplicationBuilder builder,
        Func<IServiceProvider, CancellationToken, Task<int>> action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            using var host = builder.Build();
            ValidateAllOptions(host.Services);
            return await action(host.Services, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            return ReportConfigurationError(ex);
        }
    }

    /// <summary>One line per failure, naming the key; never the value, which may be a secret.</summary>
    public static string Describe(OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return "configuration error: " + string.Join("; ", exception.Failures);
    }

    private static int ReportConfigurationError(OptionsValidationException ex)
    {
        Console.Error.WriteLine(Describe(ex));
        return ConfigurationError;
    }

    /// <summary>Runs the options validators <c>ValidateOnStart</c> registered, without starting hosted services.</summary>
    internal static void ValidateAllOptions(IServiceProvider services)
    {
        var validator = services.GetService<IStartupValidator>();
        validator?.Validate();
    }
}
