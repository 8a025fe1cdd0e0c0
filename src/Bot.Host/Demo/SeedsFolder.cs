using Bot.News.Posting;

namespace Bot.Host.Demo;

/// <summary>Finds the seed articles: copied beside the executable, else <c>seeds/</c> in the working directory.</summary>
internal static class SeedsFolder
{
    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "seeds");
        return Directory.Exists(beside) ? beside : Path.GetFullPath("seeds");
    }

    /// <summary>The named seed, or the first one by name when none is named.</summary>
    public static SeedLoadResult Load(string seedsPath, string? name)
    {
        var file = name is null
            ? Directory.Exists(seedsPath) ? Directory.GetFiles(seedsPath, "*.json").Order(StringComparer.Ordinal).FirstOrDefault() : null
            : Path.Combine(seedsPath, Path.GetFileName(name) + ".json");
        return file is not null && File.Exists(file) ? SeedArticleLoader.LoadFile(file) : new SeedLoadFailed(Describe(seedsPath, name));
    }

    public static string Describe(string seedsPath, string? name) =>
        name is null ? $"no seed article in {seedsPath}" : $"no seed called '{name}' in {seedsPath}";
}
