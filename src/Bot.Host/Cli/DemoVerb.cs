using System.CommandLine;
using Bot.Host.Demo;

namespace Bot.Host.Cli;

/// <summary><c>demo [--interactive] [--seed NAME] [--database PATH]</c>: the bot on a local sandbox server, no token needed.</summary>
internal static class DemoVerb
{
    public static Command Create()
    {
        var interactive = new Option<bool>("--interactive") { Description = "Keep going after the script: type messages as a member and see the bot react" };
        var seed = new Option<string?>("--seed") { Description = "The seed article to post (a file name in seeds/ without .json; default: the first)" };
        var database = new Option<string?>("--database") { Description = "The SQLite file to write (default: a new file under the temp folder)" };
        var command = new Command("demo", "Run the bot against an in-process sandbox Discord server with a seed article and its comments.")
        {
            interactive, seed, database,
        };
        // Extra tokens are configuration overrides, as for `run` (e.g. --Bot:Scoring:Incivility:ModelPath=...).
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
            new DemoRunner(new DemoSettings(parse.GetValue(seed), parse.GetValue(database), parse.GetValue(interactive)), Console.Out, Console.In)
                .RunAsync(parse.UnmatchedTokens.ToArray(), cancellationToken));
        return command;
    }
}
