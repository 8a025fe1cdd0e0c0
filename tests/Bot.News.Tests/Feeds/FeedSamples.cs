namespace Bot.News.Tests.Feeds;

/// <summary>Small feeds in each supported format.</summary>
internal static class FeedSamples
{
    public static string Rss(params (string Guid, string Title, string Link, string Date)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
          <channel>
            <title>Test News</title>
            {string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title><link>{i.Link}</link><pubDate>{i.Date}</pubDate><description>&lt;p&gt;{i.Title} happened today in the capital. Officials confirmed the details.&lt;/p&gt;</description></item>"))}
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom News</title>
          <entry>
            <id>tag:example.com,2025:1</id>
            <title>Atom entry</title>
            <link rel="alternate" href="/stories/1"/>
            <published>2025-01-24T08:00:00Z</published>
            <summary type="html">&lt;b&gt;Bold&lt;/b&gt; summary &amp;amp; more</summary>
          </entry>
        </feed>
        """;

    public const string Rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="http://example.com/"><title>RDF News</title></channel>
          <item rdf:about="http://example.com/r1">
            <title>RDF item</title>
            <link>http://example.com/r1</link>
            <description>Plain description</description>
            <dc:date>2025-01-23T10:00:00+01:00</dc:date>
          </item>
        </rdf:RDF>
        """;
}
