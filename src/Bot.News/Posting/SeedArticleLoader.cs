using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.News.Extraction;
using Microsoft.Extensions.Options;

namespace Bot.News.Posting;

/// <summary>Loads seed articles (<c>seeds/NAME.json</c>, format in seeds/README.md) as <see cref="NewsArticle"/>s.</summary>
public sealed partial class SeedArticleLoader(IOptions<NewsOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Seed names (file names without <c>.json</c>), sorted.</summary>
    public IReadOnlyList<string> Names() => Directory.Exists(options.Value.SeedsPath)
        ? Directory.GetFiles(options.Value.SeedsPath, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The seed called <paramref name="name"/>, or a clear reason it cannot be used.</summary>
    public SeedLoadResult Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Names are file names only: no separators or dots, so a name can never leave the seeds folder.
        if (!SafeName().IsMatch(name))
        {
            return new SeedLoadFailed($"'{name}' is not a seed name (letters, digits, '_' and '-' only)");
        }

        var path = Path.Combine(options.Value.SeedsPath, name + ".json");
        return File.Exists(path) ? LoadFile(path) : new SeedLoadFailed($"no seed called '{name}'");
    }

    /// <summary>Parses a seed file at any path (the CLI accepts one as input).</summary>
    public static SeedLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SeedDocument? seed;
        try
        {
            seed = JsonSerializer.Deserialize<SeedDocument>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            return new SeedLoadFailed($"{Path.GetFileName(path)} is not valid seed JSON: {ex.Message}");
        }

        if (seed is null || string.IsNullOrWhiteSpace(seed.Title) || string.IsNullOrWhiteSpace(seed.Body))
        {
            return new SeedLoadFailed($"{Path.GetFileName(path)} lacks a title or body");
        }

        Uri.TryCreate(seed.Url, UriKind.Absolute, out var url);
        var name = seed.Id ?? Path.GetFileNameWithoutExtension(path);
        var article = new NewsArticle(seed.Title.Trim(), url, seed.Source ?? "seed", seed.Published, seed.Body, null);
        return new SeedLoaded(name, article);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    private sealed record SeedDocument(string? Id, string? Title, string? Source, string? Url, DateTimeOffset? Published, string? Body);
}
