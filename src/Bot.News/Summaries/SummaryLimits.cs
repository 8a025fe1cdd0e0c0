namespace Bot.News.Summaries;

/// <summary>Keeps a summary inside Discord's embed description limit (docs: resources/message#embed-object-embed-limits).</summary>
public static class SummaryLimits
{
    /// <summary>Maximum characters of an embed description.</summary>
    public const int EmbedDescription = 4096;

    /// <summary>Drops trailing sentences until the joined text fits; a single oversized sentence is cut with an ellipsis.</summary>
    public static IReadOnlyList<string> Fit(IReadOnlyList<string> sentences, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var kept = new List<string>();
        var length = 0;
        foreach (var sentence in sentences)
        {
            var added = sentence.Length + (kept.Count > 0 ? 1 : 0);
            if (length + added > maxCharacters)
            {
                break;
            }

            kept.Add(sentence);
            length += added;
        }

        if (kept.Count == 0 && sentences.Count > 0)
        {
            kept.Add(Truncate(sentences[0], maxCharacters));
        }

        return kept;
    }

    /// <summary>Cuts text to at most <paramref name="maxCharacters"/>, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var cut = Math.Max(0, maxCharacters - 1);
        // Never split a surrogate pair: Discord counts characters and rejects broken UTF-16.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }
}
