using Bot.News.Feeds;

namespace Bot.News.Tests.Feeds;

public sealed class ArticleIdentityTests
{
    private static readonly DateTimeOffset When = new(2025, 1, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KeyFor_GuidPresent_UsesGuid() =>
        Assert.Equal("guid:abc", ArticleIdentity.KeyFor(new FeedItem("abc", new Uri("https://x.test/1"), "T", null, When, null, null)));

    [Fact]
    public void KeyFor_NoGuid_UsesLinkWithoutFragment() =>
        Assert.Equal("link:https://x.test/1?a=b", ArticleIdentity.KeyFor(new FeedItem(null, new Uri("https://x.test/1?a=b#top"), "T", null, When, null, null)));

    [Fact]
    public void KeyFor_NoGuidNoLink_HashesTitleAndDateStably()
    {
        var a = ArticleIdentity.KeyFor(new FeedItem(null, null, "Same title", null, When, null, null));
        var b = ArticleIdentity.KeyFor(new FeedItem(" ", null, "same title ", null, When, null, null));
        var c = ArticleIdentity.KeyFor(new FeedItem(null, null, "Same title", null, When.AddDays(1), null, null));

        Assert.StartsWith("hash:", a, StringComparison.Ordinal);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void KeyFor_VeryLongGuid_IsBounded()
    {
        var key = ArticleIdentity.KeyFor(new FeedItem(new string('x', 5000), null, "T", null, null, null, null));

        Assert.True(key.Length <= ArticleIdentity.MaxKeyLength);
    }
}
