using System.Text.Json;

namespace Bot.Scoring.Tests.Support;

/// <summary>The seed article's comment thread from the repository's <c>seeds</c> folder: heated but civil replies.</summary>
internal static class SeedThread
{
    public static IReadOnlyList<string> CommentTexts()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SeedPath()));
        return document.RootElement.GetProperty("comments").EnumerateArray()
            .Select(c => c.GetProperty("text").GetString()!)
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
