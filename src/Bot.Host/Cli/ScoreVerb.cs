using System.CommandLine;
using Bot.Host.Hosting;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary>
/// <c>score --input FILE.jsonl</c>: scores each <c>{"id","text","author","channel","thread","timestamp"}</c> line for
/// incivility and repetition and writes one JSON line per input line to stdout, an error line for a bad one.
/// </summary>
/// <remarks>
/// Lines are one guild's messages in order. A line without an author is its own author, since nothing says two
/// such lines came from one person; a line without a timestamp happened when the line before it did (the first
/// at the clock's now), so only stated times spread messages out.
/// </remarks>
internal static class ScoreVerb
{
    private const ulong Guild = 1;

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "A .jsonl file: one {\"id\", \"text\"} object a line; \"author\", \"channel\", \"thread\" and \"timestamp\" optional.", Required = true };
        var command = new Command("score", "Score each line of a .jsonl file for incivility and repetition; one JSON line out per line in.") { input };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = BotHostBuilder.Create(parse.UnmatchedTokens.ToArray());
            builder.Services.AddIncivilityScoring();
            builder.Services.AddRepetitionDetection();
            return HostRunner.RunToolAsync(builder, (services, ct) => ScoreAsync(services, parse.GetValue(input)!, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ScoreAsync(IServiceProvider services, string path, CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await Console.Error.WriteLineAsync($"score: cannot open '{path}': {ex.Message}");
            return 1;
        }

        using (reader)
        {
            var incivility = services.GetRequiredService<IIncivilityScorer>();
            var repetition = services.GetRequiredService<IRepetitionDetector>();
            var time = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var ids = new List<string?>();
            var names = new Dictionary<string, ulong>(StringComparer.Ordinal);
            using var writer = new ScoreWriter();
            while (await reader.ReadLineAsync(cancellationToken) is { } text)
            {
                ids.Add(null);
                var lineNumber = ids.Count;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (ScoreLine.Parse(text, out var idJson, out var error) is not { } line)
                {
                    await Console.Out.WriteLineAsync(writer.Error(lineNumber, idJson, error!));
                    continue;
                }

                ids[lineNumber - 1] = line.IdJson;
                time = line.Timestamp ?? time;
                var message = new PostedMessage(
                    Guild,
                    line.Channel is null ? 0 : IdOf(names, "channel:" + line.Channel),
                    line.IsThread,
                    line.Author is null ? IdOf(names, "line:" + lineNumber) : IdOf(names, "author:" + line.Author),
                    (ulong)lineNumber,
                    line.Text,
                    time);
                var repeated = repetition.Observe(message, RepetitionSettings.Default);
                await Console.Out.WriteLineAsync(writer.Scored(
                    line.IdJson, incivility.Score(line.Text), repeated, repeated.RepeatedMessageIds.Select(id => ids[(int)id - 1]!)));
            }
        }

        return 0;
    }

    // Names become ids in order of first appearance; the prefix keeps an author and a channel with one name apart.
    private static ulong IdOf(Dictionary<string, ulong> names, string name)
    {
        if (!names.TryGetValue(name, out var id))
        {
            id = (ulong)names.Count + 1;
            names.Add(name, id);
        }

        return id;
    }
}
