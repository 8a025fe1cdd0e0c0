namespace Bot.Scoring.Repetition;

/// <summary>Counts mentions and links in a message's raw text, for callers that do not have Discord's counts.</summary>
internal static class MessageCounts
{
    /// <summary>User and role mentions (<c>&lt;@…&gt;</c>, <c>&lt;@!…&gt;</c>, <c>&lt;@&amp;…&gt;</c>) plus <c>@everyone</c> and <c>@here</c>.</summary>
    public static int Mentions(ReadOnlySpan<char> text) =>
        Count(text, "<@") + Count(text, "@everyone") + Count(text, "@here");

    /// <summary>Web links: <c>http://</c> and <c>https://</c>.</summary>
    public static int Links(ReadOnlySpan<char> text) => Count(text, "://");

    private static int Count(ReadOnlySpan<char> text, ReadOnlySpan<char> needle)
    {
        var count = 0;
        int at;
        while ((at = text.IndexOf(needle, StringComparison.Ordinal)) >= 0)
        {
            count++;
            text = text[(at + needle.Length)..];
        }

        return count;
    }
}
