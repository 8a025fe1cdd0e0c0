using Bot.News.Feeds;

namespace Bot.News.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri Base = new("https://example.com/feed.xml");

    [Fact]
    public void Parse_Rss_ReadsItemsWithPlainDescription()
    {
        var xml = FeedSamples.Rss(("g1", "First", "https://example.com/1", "Fri, 24 Jan 2025 09:00:00 GMT"));

        var parsed = Assert.IsType<FeedParsed>(FeedParser.Parse(xml, Base, 100_000));

        var item = Assert.Single(parsed.Feed.Items);
        Assert.Equal("rss", parsed.Format);
        Assert.Equal("First", item.Title);
        Assert.Equal("g1", item.EntryId);
        Assert.Equal(new DateTimeOffset(2025, 1, 24, 9, 0, 0, TimeSpan.Zero), item.Published);
        Assert.DoesNotContain("<p>", item.Summary, StringComparison.Ordinal);
        Assert.Equal("Test News", item.Source);
    }

    [Fact]
    public void Parse_Atom_ResolvesRelativeLinkAndDecodesHtml()
    {
        var parsed = Assert.IsType<FeedParsed>(FeedParser.Parse(FeedSamples.Atom, Base, 100_000));

        var item = Assert.Single(parsed.Feed.Items);
        Assert.Equal("atom", parsed.Format);
        Assert.Equal(new Uri("https://example.com/stories/1"), item.Link);
        Assert.Equal("Bold summary & more", item.Summary);
    }

    [Fact]
    public void Parse_Rdf_ReadsDublinCoreDate()
    {
        var parsed = Assert.IsType<FeedParsed>(FeedParser.Parse(FeedSamples.Rdf, Base, 100_000));

        var item = Assert.Single(parsed.Feed.Items);
        Assert.Equal("rdf", parsed.Format);
        Assert.Equal(new DateTimeOffset(2025, 1, 23, 9, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("http://example.com/r1", item.EntryId);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>broken</channel></rss>")]
    [InlineData("not xml at all")]
    [InlineData("")]
    public void Parse_MalformedXml_FailsWithClearReason(string xml)
    {
        var failed = Assert.IsType<FeedParseFailed>(FeedParser.Parse(xml, Base, 100_000));

        Assert.StartsWith("not well-formed XML", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DtdWithEntityExpansion_IsRefused()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss><channel><title>&lol2;</title></channel></rss>
            """;

        Assert.IsType<FeedParseFailed>(FeedParser.Parse(bomb, Base, 100_000));
    }

    [Fact]
    public void Parse_LargerThanCap_Fails()
    {
        var xml = FeedSamples.Rss(Enumerable.Range(0, 200).Select(i => ($"g{i}", $"Title {i}", $"https://example.com/{i}", "")).ToArray());

        Assert.IsType<FeedParseFailed>(FeedParser.Parse(xml, Base, 2_000));
    }

    [Fact]
    public void Parse_XmlThatIsNotAFeed_SaysSo()
    {
        var failed = Assert.IsType<FeedParseFailed>(FeedParser.Parse("<html><body/></html>", Base, 100_000));

        Assert.Contains("not a feed", failed.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fri, 24 Jan 2025 04:00:00 EST", 9)]
    [InlineData("Fri, 24 Jan 2025 09:00:00 +0000", 9)]
    [InlineData("24 Jan 2025 10:00:00 +0100", 9)]
    [InlineData("2025-01-24T09:00:00Z", 9)]
    public void FeedDate_CommonFormats_ParseToUtc(string text, int hour) =>
        Assert.Equal(new DateTimeOffset(2025, 1, 24, hour, 0, 0, TimeSpan.Zero), FeedDate.Parse(text));

    [Fact]
    public void FeedDate_Garbage_IsNull() => Assert.Null(FeedDate.Parse("yesterday-ish"));
}
