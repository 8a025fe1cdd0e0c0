using Bot.News.Posting;
using Bot.News.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Bot.News.Tests.Posting;

public sealed class SeedArticleLoaderTests
{
    private static SeedArticleLoader CreateSut(string folder) => new(Options.Create(new NewsOptions { SeedsPath = folder }));


    [Fact]
    public void Load_RepositorySeed_GivesTitleBodyAndTime()
    {
        var loader = CreateSut(RepositoryPaths.Seeds());
        var name = Assert.Single(loader.Names(), n => n.StartsWith("000_", StringComparison.Ordinal));

        var seed = Assert.IsType<SeedLoaded>(loader.Load(name));

        Assert.StartsWith("North Korea", seed.Article.Title, StringComparison.Ordinal);
        Assert.Contains("\n\n", seed.Article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 1, 24, 9, 0, 0, TimeSpan.Zero), seed.Article.Published);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Load_NameWithPathCharacters_IsRefused(string name) =>
        Assert.IsType<SeedLoadFailed>(CreateSut(RepositoryPaths.Seeds()).Load(name));

    [Fact]
    public void Load_InvalidJson_FailsWithFileName()
    {
        var folder = Directory.CreateTempSubdirectory("seeds").FullName;
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"title\": ");

        var failed = Assert.IsType<SeedLoadFailed>(CreateSut(folder).Load("broken"));

        Assert.Contains("broken.json", failed.Reason, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
