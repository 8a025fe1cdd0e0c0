using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.News.Feeds;

/// <summary>The key that says two feed entries are the same article: the guid, else the link, else a hash of title and date.</summary>
public static class ArticleIdentity
{
    /// <summary>Longest key stored; longer guids and links are hashed.</summary>
    public const int MaxKeyLength = 300;

    public static string KeyFor(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!string.IsNullOrWhiteSpace(item.EntryId))
        {
            return Bounded("guid:", item.EntryId.Trim());
        }

        if (item.Link is not null)
        {
            return KeyForUrl(item.Link);
        }

        var date = item.Published?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "";
        return "hash:" + Hash(item.Title.Trim().ToUpperInvariant() + "|" + date);
    }

    /// <summary>The key of an article posted by link (<c>/article post</c>); fragments are ignored.</summary>
    public static string KeyForUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var withoutFragment = url.IsAbsoluteUri ? url.GetLeftPart(UriPartial.Query) : url.OriginalString;
        return Bounded("link:", withoutFragment);
    }

    private static string Bounded(string prefix, string value) =>
        prefix.Length + value.Length <= MaxKeyLength ? prefix + value : prefix + "sha256:" + Hash(value);

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
