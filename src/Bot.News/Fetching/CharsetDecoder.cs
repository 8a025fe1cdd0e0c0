using System.Text;
using System.Text.RegularExpressions;

namespace Bot.News.Fetching;

/// <summary>Decodes a fetched body: byte-order mark first, then the Content-Type charset, then a meta or XML declaration, then UTF-8.</summary>
public static partial class CharsetDecoder
{
    private const int SniffBytes = 1024;

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (TryBom(body, out var bomEncoding, out var bomLength))
        {
            return bomEncoding.GetString(body[bomLength..]);
        }

        var encoding = Resolve(headerCharset) ?? Resolve(Sniff(body)) ?? Encoding.UTF8;
        return encoding.GetString(body);
    }

    private static bool TryBom(ReadOnlySpan<byte> body, out Encoding encoding, out int length)
    {
        (encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => ((Encoding)Encoding.BigEndianUnicode, 2),
            _ => (Encoding.UTF8, 0),
        };
        return length > 0;
    }

    private static string? Sniff(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        try
        {
            var match = DeclaredCharset().Match(head);
            return match.Success ? match.Groups["name"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    internal static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels all mean windows-1252, which browsers use for them.
        if (trimmed is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "l1" or "iso8859-1")
        {
            trimmed = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null; // an unknown label falls through to the next source, never an error
        }
    }

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<name>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DeclaredCharset();
}
