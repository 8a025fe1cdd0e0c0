using System.CommandLine;
using Bot.Host.Hosting;

namespace Bot.Host.Cli;

/// <summary><c>run</c>: connects to Discord and moderates until stopped.</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var command = new Command("run", "Run the bot (the default when no verb is given).");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => RunAsync(parse.UnmatchedTokens.ToArray(), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string[] hostArgs, CancellationToken cancellationToken)
    {
        var builder = BotHostBuilder.Create(hostArgs);
        BotHostBuilder.AddBot(builder);
        return HostRunner.RunAsync(builder, cancellationToken);
    }
}
