using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>The command line: <c>run</c> (the default) and the tool verbs.</summary>
public static class BotCli
{
    public static RootCommand Create()
    {
        var run = RunVerb.Create();
        var root = new RootCommand("NewsMod: a Discord moderation bot for news-discussion channels.")
        {
            run,
            MigrateVerb.Create(),
            DemoVerb.Create(),
            ModelVerb.Create(),
            SummarizeVerb.Create(),
            SummariesVerb.Create(),
            ScoreVerb.Create(),
        };
        // Bare `Bot.Host` runs the bot, like `Bot.Host run`.
        root.SetAction((parse, cancellationToken) => RunVerb.RunAsync(parse.UnmatchedTokens.ToArray(), cancellationToken));
        root.TreatUnmatchedTokensAsErrors = false;
        return root;
    }
}
