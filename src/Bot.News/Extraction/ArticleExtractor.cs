using System.Globalization;
using SmartReader;

namespace Bot.News.Extraction;

/// <summary>Extracts the main text, title, lead image and publication time of an HTML page with SmartReader.</summary>
public static class ArticleExtractor
{
    /// <summary>Too little text to call it an article: the page is probably a paywall, an index or a script shell.</summary>
    public const int MinimumTextLength = 200;

    /// <summary>The article in <paramref name="html"/>, or null when the page has no readable article.</summary>
    public static NewsArticle? Extract(Uri url, string html)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(html);
        Article article;
        try
        {
            article = new Reader(url.AbsoluteUri, html).GetArticle();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or NullReferenceException)
        {
            // SmartReader parses arbitrary markup; a page it cannot handle is "not readable", not a crash.
            return null;
        }

        var text = Paragraphs(article.TextContent);
        if (!article.IsReadable || text.Length < MinimumTextLength)
        {
            return null;
        }

        var title = string.IsNullOrWhiteSpace(article.Title) ? url.Host : article.Title.Trim();
        var source = string.IsNullOrWhiteSpace(article.SiteName) ? url.Host : article.SiteName.Trim();
        return new NewsArticle(title, url, source, Published(article.PublicationDate), text, Image(url, article.FeaturedImage));
    }

    private static DateTimeOffset? Published(DateTime? date) =>
        date is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)).ToUniversalTime() : null;

    private static Uri? Image(Uri page, string? image) =>
        !string.IsNullOrWhiteSpace(image) && Uri.TryCreate(page, image, out var absolute) &&
        (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : null;

    // SmartReader's text keeps the page's line breaks; a blank line marks a paragraph for the sentence splitter.
    private static string Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n\n", lines).ToString(CultureInfo.InvariantCulture);
    }
}
