using System.Net;
using System.Text.RegularExpressions;

namespace Bot.News.Feeds;

/// <summary>Turns the HTML fragments feeds put in descriptions into plain text.</summary>
public static partial class HtmlText
{
    public static string ToPlain(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        try
        {
            var withBreaks = BlockEnd().Replace(html, "\n\n");
            var noTags = Tag().Replace(withBreaks, " ");
            var decoded = WebUtility.HtmlDecode(noTags);
            var paragraphs = decoded.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(p => Spaces().Replace(p, " ").Trim())
                .Where(p => p.Length > 0);
            return string.Join("\n\n", paragraphs);
        }
        catch (RegexMatchTimeoutException)
        {
            return WebUtility.HtmlDecode(html);
        }
    }

    [GeneratedRegex(@"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6])\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Spaces();
}
