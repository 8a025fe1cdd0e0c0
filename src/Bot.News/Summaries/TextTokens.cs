using System.Collections.Frozen;

namespace Bot.News.Summaries;

/// <summary>Lowercase word tokens and the content words (stop words removed) the scorers compare.</summary>
public static class TextTokens
{
    private static readonly FrozenSet<string> StopWords = (
        "a about above after again against all also am an and any are as at be because been before being below between both " +
        "but by can could did do does doing down during each few for from further had has have having he her here hers " +
        "him his how i if in into is it its just may me might more most must my no nor not now of off on once only or " +
        "other our ours out over own said same says she should so some such than that the their theirs them then there " +
        "these they this those through to too under until up upon very was we were what when where which while who whom " +
        "why will with would you your yours yet mr mrs ms one two also new year years told added s t")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every word and number, lowercased; apostrophes and punctuation split words.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Words that carry meaning: stop words and one-letter tokens removed.</summary>
    public static List<string> ContentWords(string text) =>
        Words(text).Where(w => w.Length > 1 && !StopWords.Contains(w)).ToList();
}
