using System.Text.Json;

namespace Bot.Scoring.Tests.Support;

/// <summary>The seed article's comment thread from the repository's <c>seeds</c> folder: heated but civil replies.</summary>
internal static class SeedThread
{
    public static IReadOnlyList<string> CommentTexts() => Comments().Select(c => c.Text).ToList();

    /// <summary>The comments in thread order, with their authors and timestamps.</summary>
    public static List<SeedComment> Comments()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SeedPath()));
        return document.RootElement.GetProperty("comments").EnumerateArray()
            .Select(c => new SeedComment(
                c.GetProperty("author").GetString()!,
                c.GetProperty("text").GetString()!,
                c.GetProperty("timestamp").GetDateTimeOffset()))
            .ToList();
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return Directory.GetFiles(seeds, "000_*.json").Single();
            }
        }

        throw new InvalidOperationException("The repository's seeds folder was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One seed comment as the thread holds it.</summary>
internal sealed record SeedComment(string Author, string Text, DateTimeOffset Timestamp);
