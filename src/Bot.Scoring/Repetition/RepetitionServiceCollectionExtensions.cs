using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Scoring.Repetition;

/// <summary>Registers the repetition detector.</summary>
public static class RepetitionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IRepetitionDetector"/> (one shared in-memory instance), its validated options and the idle sweep.</summary>
    public static IServiceCollection AddRepetitionDetection(this IServiceCollection services)
    {
        services.AddOptions<RepetitionOptions>()
            .BindConfiguration(RepetitionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RepetitionDetector>();
        services.TryAddSingleton<IRepetitionDetector>(provider => provider.GetRequiredService<RepetitionDetector>());
        services.AddHostedService<RepetitionEvictionService>();
        return services;
    }
}
