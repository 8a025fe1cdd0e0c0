using System.Xml;
using System.Xml.Linq;

namespace Bot.News.Feeds;

/// <summary>Parses RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) safely: no DTDs, no external entities, a size cap, clear errors.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    /// <summary>Parses <paramref name="xml"/>; relative links resolve against <paramref name="feedUrl"/>.</summary>
    public static FeedParseResult Parse(string xml, Uri feedUrl, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, // no entity expansion ("billion laughs") and no external entities
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return new FeedParseFailed($"not well-formed XML: {ex.Message}");
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" => new FeedParsed(ParseRss(root, feedUrl), "rss"),
            "feed" when root.Name.Namespace == Atom => new FeedParsed(ParseAtom(root, feedUrl), "atom"),
            "RDF" when root.Name.Namespace == Rdf => new FeedParsed(ParseRdf(root, feedUrl), "rdf"),
            _ => new FeedParseFailed($"the document is XML but not a feed (root element <{root.Name.LocalName}>)"),
        };
    }

    private static ParsedFeed ParseRss(XElement root, Uri baseUrl)
    {
        var channel = root.Element("channel");
        var source = Text(channel?.Element("title"));
        var items = (channel?.Elements("item") ?? []).Select(item => new FeedItem(
            Text(item.Element("guid")),
            Link(baseUrl, Text(item.Element("link"))),
            Text(item.Element("title")) ?? "",
            Plain(Text(item.Element(Content + "encoded")) ?? Text(item.Element("description"))),
            FeedDate.Parse(Text(item.Element("pubDate")) ?? Text(item.Element(Dc + "date"))),
            Image(baseUrl, item),
            source));
        return new ParsedFeed(source, items.ToList());
    }

    private static ParsedFeed ParseAtom(XElement root, Uri baseUrl)
    {
        var source = Text(root.Element(Atom + "title"));
        var items = root.Elements(Atom + "entry").Select(entry => new FeedItem(
            Text(entry.Element(Atom + "id")),
            Link(baseUrl, AtomLink(entry)),
            Text(entry.Element(Atom + "title")) ?? "",
            Plain(Text(entry.Element(Atom + "summary")) ?? Text(entry.Element(Atom + "content"))),
            FeedDate.Parse(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            Image(baseUrl, entry),
            source));
        return new ParsedFeed(source, items.ToList());
    }

    private static ParsedFeed ParseRdf(XElement root, Uri baseUrl)
    {
        var source = Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
        var items = root.Elements(Rss1 + "item").Select(item => new FeedItem(
            (string?)item.Attribute(Rdf + "about"),
            Link(baseUrl, Text(item.Element(Rss1 + "link"))),
            Text(item.Element(Rss1 + "title")) ?? "",
            Plain(Text(item.Element(Rss1 + "description"))),
            FeedDate.Parse(Text(item.Element(Dc + "date"))),
            null,
            source));
        return new ParsedFeed(source, items.ToList());
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (string?)(alternate ?? links.FirstOrDefault())?.Attribute("href");
    }

    private static Uri? Image(Uri baseUrl, XElement item)
    {
        var candidate =
            (string?)item.Element(Media + "content")?.Attribute("url") ??
            (string?)item.Element(Media + "thumbnail")?.Attribute("url") ??
            (string?)item.Elements("enclosure").FirstOrDefault(e => ((string?)e.Attribute("type"))?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Attribute("url");
        return Link(baseUrl, candidate);
    }

    private static Uri? Link(Uri baseUrl, string? value) =>
        !string.IsNullOrWhiteSpace(value) && Uri.TryCreate(baseUrl, value.Trim(), out var url) &&
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? Plain(string? html) => html is null ? null : HtmlText.ToPlain(html);
}
