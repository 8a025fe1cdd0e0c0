using System.Collections.Frozen;
using System.Text;

namespace Bot.News.Summaries;

/// <summary>Splits news text into sentences; survives abbreviations (Mr., U.S., Jan.), decimals, initials and quotes.</summary>
public static class SentenceSplitter
{
    // Words that end with a full stop without ending the sentence. Lowercase, without the stop.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
        "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pte", "maj", "brig", "fr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "plc", "bros", "dept", "univ", "assn", "est", "approx", "no", "nos", "vs", "v",
        "etc", "eg", "ie", "cf", "al", "fig", "vol", "pp", "op", "ed", "eds", "ave", "rd", "blvd", "ft", "mph", "km",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits paragraphs (separated by blank lines) and then sentences within each.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        foreach (var block in SplitParagraphs(text))
        {
            foreach (var sentence in SplitParagraph(block))
            {
                sentences.Add(new Sentence(sentence, paragraph, sentences.Count));
            }

            paragraph++;
        }

        return sentences;
    }

    private static IEnumerable<string> SplitParagraphs(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace(" ||| ", "\n\n", StringComparison.Ordinal);
        return normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' '))
            .Where(p => p.Length > 0);
    }

    internal static List<string> SplitParagraph(string paragraph)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they end.
            var end = i + 1;
            while (end < paragraph.Length && IsCloser(paragraph[end]))
            {
                end++;
            }

            if (!IsBoundary(paragraph, i, end))
            {
                continue;
            }

            AddTrimmed(result, paragraph, start, end);
            start = end;
            i = end - 1;
        }

        AddTrimmed(result, paragraph, start, paragraph.Length);
        return result;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        // A boundary needs whitespace after it ("3.5", "U.S.-led" and "example.com" are not boundaries).
        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var following = text[next];
        var startsSentence = char.IsUpper(following) || char.IsDigit(following) || IsOpener(following);
        if (!startsSentence)
        {
            return false;
        }

        if (text[mark] != '.' || end > mark + 1)
        {
            return true;
        }

        var word = WordBefore(text, mark);
        if (Abbreviations.Contains(word))
        {
            return false;
        }

        // Initials and dotted acronyms: "J. Smith", "U.S. officials". A dotted acronym can still end a
        // sentence, so treat it as a boundary only when the next word looks like a sentence opener.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !(word.Contains('.', StringComparison.Ordinal) && !IsLikelyOpener(text, next));
    }

    private static string WordBefore(string text, int mark)
    {
        var start = mark;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return text[start..mark];
    }

    // Sentence-initial function words; a proper noun after "U.S." more likely continues the sentence.
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "But", "And", "This", "That", "These", "Those",
        "There", "His", "Her", "Their", "Its", "On", "At", "For", "As", "If", "When", "After", "Before", "However", "Meanwhile",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsLikelyOpener(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return Openers.Contains(text[start..end]);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';

    private static void AddTrimmed(List<string> result, string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        if (span.Length > 0)
        {
            result.Add(CollapseWhitespace(span));
        }
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(span.Length);
        var lastWasSpace = false;
        foreach (var c in span)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
