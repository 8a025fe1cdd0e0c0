using System.Text.Json;
using Bot.Host.Cli;
using Bot.Testing;

namespace Bot.Host.Tests;

/// <summary><c>score --input FILE.jsonl</c>: one output line per input line, incivility and repetition, errors in place.</summary>
[Collection(ConsoleTests.Name)]
public sealed class ScoreVerbTests : IDisposable
{
    private const string Pasta = "Wake up people, the mainstream media is hiding the real numbers from Kursk. Share this before it gets deleted!";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsmod-tests", Guid.NewGuid().ToString("N"));

    public ScoreVerbTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Score_EachLine_EchoesItsIdWithIncivilityAndRepetition()
    {
        var (exit, lines) = await ScoreAsync(
            """{"id": "a1", "text": "Thanks for the summary, the map of the region helps a lot."}""",
            """{"id": 42, "text": "You are a complete idiot and everyone here knows it."}""");

        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Count);
        Assert.Equal("a1", lines[0].GetProperty("id").GetString());
        Assert.Equal(42, lines[1].GetProperty("id").GetInt32());
        foreach (var line in lines)
        {
            Assert.InRange(line.GetProperty("incivility").GetDouble(), 0, 1);
            Assert.Equal(JsonValueKind.Array, line.GetProperty("reasons").ValueKind);
            Assert.Equal(JsonValueKind.Array, line.GetProperty("terms").ValueKind);
            Assert.Equal(0, line.GetProperty("repetition").GetProperty("score").GetDouble());
            Assert.Empty(line.GetProperty("repetition").GetProperty("repeats").EnumerateArray());
        }

        Assert.True(lines[1].GetProperty("incivility").GetDouble() > lines[0].GetProperty("incivility").GetDouble());
        Assert.NotEmpty(lines[1].GetProperty("terms").EnumerateArray());
    }

    [Fact]
    public async Task Score_ThreeAuthorsPastingOneText_ThirdIsCopypastaNamingTheFirstTwoIds()
    {
        var (_, lines) = await ScoreAsync(
            $$"""{"id": "m1", "author": "anna", "channel": "news", "timestamp": "2025-01-24T10:00:00Z", "text": "{{Pasta}}"}""",
            $$"""{"id": "m2", "author": "ben", "channel": "news", "timestamp": "2025-01-24T10:00:20Z", "text": "{{Pasta.ToUpperInvariant()}}"}""",
            $$"""{"id": "m3", "author": "cleo", "channel": "world", "timestamp": "2025-01-24T10:00:40Z", "text": "{{Pasta}}!!"}""");

        Assert.Equal(0, lines[1].GetProperty("repetition").GetProperty("score").GetDouble());
        var third = lines[2].GetProperty("repetition");
        Assert.Equal(["copypasta"], third.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["m2", "m1"], third.GetProperty("repeats").EnumerateArray().Select(r => r.GetString()));
        Assert.InRange(third.GetProperty("score").GetDouble(), 0.7, 0.95);
    }

    [Fact]
    public async Task Score_SameAuthorRepeating_NearDuplicateOnlyWithinTheWindowByTimestamp()
    {
        var (_, lines) = await ScoreAsync(
            $$"""{"id": 1, "author": 7, "timestamp": 1737712800, "text": "{{Pasta}}"}""",
            $$"""{"id": 2, "author": 7, "timestamp": 1737712860, "text": "{{Pasta.Replace(' ', '.')}}"}""",
            $$"""{"id": 3, "author": 7, "timestamp": 1737716400, "text": "{{Pasta}}"}""");

        var second = lines[1].GetProperty("repetition");
        Assert.Equal(["near_duplicate"], second.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([1], second.GetProperty("repeats").EnumerateArray().Select(r => r.GetInt32()));
        // An hour later is outside the ten-minute duplicate window.
        Assert.Equal(0, lines[2].GetProperty("repetition").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Score_LinesWithoutAuthors_AreNotOnePersonRepeatingThemselves()
    {
        var (_, lines) = await ScoreAsync(
            $$"""{"id": 1, "text": "{{Pasta}}"}""",
            $$"""{"id": 2, "text": "{{Pasta}}"}""");

        Assert.Empty(lines[1].GetProperty("repetition").GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Score_BadLines_ErrorLineWithLineNumberAndIdWhenKnown_AndScoringGoesOn()
    {
        var (exit, lines) = await ScoreAsync(
            "{not json",
            """{"id": "no-text"}""",
            """{"text": "no id"}""",
            """{"id": "bad-time", "text": "hello there", "timestamp": "yesterday-ish"}""",
            "",
            """{"id": "fine", "text": "A calm and civil remark about the article."}""");

        Assert.Equal(0, exit);
        Assert.Equal(5, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.False(lines[0].TryGetProperty("id", out _));
        Assert.StartsWith("not JSON", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal((2, "no-text"), (lines[1].GetProperty("line").GetInt32(), lines[1].GetProperty("id").GetString()));
        Assert.Contains("\"text\"", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.Contains("\"id\"", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal((4, "bad-time"), (lines[3].GetProperty("line").GetInt32(), lines[3].GetProperty("id").GetString()));
        Assert.Contains("\"timestamp\"", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("fine", lines[4].GetProperty("id").GetString());
        Assert.True(lines[4].TryGetProperty("incivility", out _));
    }

    [Fact]
    public async Task Score_MissingFile_ExitOneWithTheReasonOnStderr()
    {
        var path = Path.Combine(_folder, "absent.jsonl");

        var (exit, output, error) = await ConsoleCapture.RunAsync(() => BotCli.Create().Parse(["score", "--input", path]).InvokeAsync());

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, List<JsonElement> Lines)> ScoreAsync(params string[] input)
    {
        var path = Path.Combine(_folder, "input.jsonl");
        await File.WriteAllLinesAsync(path, input);
        var (exit, output, error) = await ConsoleCapture.RunAsync(() => BotCli.Create().Parse(["score", "--input", path]).InvokeAsync());
        Assert.True(error.Length == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (exit, lines);
    }
}
