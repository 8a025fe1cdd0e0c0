using System.Text.Json;
using Bot.Host.Cli;
using Bot.Testing;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests;

/// <summary>The README's first command, end to end: sandbox, bot over real sockets, seed thread, case rows.</summary>
[Collection(ConsoleTests.Name)]
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_PostsTheSeed_ScoresEveryComment_ActsOnTheScriptedAbuse_AndWritesCases()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsmod-tests", Guid.NewGuid().ToString("N"), "demo.db");
        var (exit, output, error) = await ConsoleCapture.RunAsync(() =>
            BotCli.Create().Parse(["demo", "--database", path]).InvokeAsync());

        Assert.True(exit == 0, $"exit {exit}\n{error}\n{output}");
        using var seed = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "000_6df902893a7ce05b.json")));
        Assert.Contains(seed.RootElement.GetProperty("title").GetString()!, output, StringComparison.Ordinal);
        Assert.Contains("Summary:", output, StringComparison.Ordinal);
        var comments = seed.RootElement.GetProperty("comments").EnumerateArray().ToList();
        foreach (var comment in comments)
        {
            Assert.Contains($"- {comment.GetProperty("author").GetString()}: ", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not scored", output, StringComparison.Ordinal);
        Assert.Contains($"Database: {path}", output, StringComparison.Ordinal);

        var cases = ReadCases(path);
        // The seed thread is heated, not abusive: none of its comments is deleted or punished.
        var seedOpenings = comments.Select(c => c.GetProperty("text").GetString()!).Select(t => t[..Math.Min(30, t.Length)]).ToList();
        Assert.DoesNotContain(cases, c => c.Action is "Delete" or "Timeout" && seedOpenings.Any(o => c.Excerpt.StartsWith(o, StringComparison.Ordinal)));
        // The scripted insult aimed at a person is deleted with a warning (the ladder's first step), and really was.
        Assert.Contains(cases, c => c.Action is "Delete" or "Warn" && c.Outcome == "Done" && c.Source == "Automatic" && c.Excerpt.Contains("complete idiot", StringComparison.Ordinal));
        // The second strike escalates along the default ladder.
        Assert.Contains(cases, c => c.Action == "Timeout" && c.Outcome == "Done");
        Assert.Contains("posts in #mod-log", output, StringComparison.Ordinal);
    }

    private static List<(string Action, string Outcome, string Source, string Excerpt)> ReadCases(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Action, Outcome, Source, COALESCE(MessageExcerpt, '') FROM Cases ORDER BY Number";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
