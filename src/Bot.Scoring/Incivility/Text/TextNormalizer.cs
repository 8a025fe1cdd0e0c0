using System.Globalization;
using System.Text;
using Bot.Scoring.Incivility.Lexicon;

namespace Bot.Scoring.Incivility.Text;

/// <summary>
/// Turns raw chat text into lower-case tokens a bag of words can see through: compatibility folding (NFKD, so
/// full-width and ligature forms become plain letters, then every combining mark is dropped, which removes
/// accents and zalgo stacks), zero-width characters removed, Cyrillic and Greek look-alikes mapped to Latin,
/// Discord mentions as <c>@user</c>, URLs, custom emoji and code fences dropped, and obfuscated terms
/// (<c>f.u.c.k</c>, <c>f*ck</c>, <c>sh1t</c>, <c>fuuuck</c>) restored when the restored word is a lexicon term.
/// Only the first <see cref="MaxChars"/> characters are read, so work is bounded for any input.
/// </summary>
internal sealed class TextNormalizer
{
    private const int MaxTermLength = 40;
    private const int MaxSeparatedRun = 16;

    private readonly IncivilityLexicon _lexicon;

    public TextNormalizer(IncivilityLexicon lexicon, int maxChars)
    {
        _lexicon = lexicon;
        MaxChars = maxChars;
    }

    public int MaxChars { get; }

    /// <summary>Normalises <paramref name="input"/> into <paramref name="output"/> (cleared first).</summary>
    public void Normalize(string? input, NormalizedText output)
    {
        output.Clear();
        if (string.IsNullOrEmpty(input))
        {
            return;
        }

        var text = Fold(Cap(input));
        Tokenize(text, output);
        MergeSeparatedLetters(output);
    }

    /// <summary>The normalised tokens joined by spaces (allocates; for tests and tools).</summary>
    public string Normalize(string? input)
    {
        var output = new NormalizedText();
        Normalize(input, output);
        return output.ToString();
    }

    private string Cap(string input)
    {
        if (input.Length <= MaxChars)
        {
            return input;
        }

        var length = MaxChars;
        if (char.IsHighSurrogate(input[length - 1]))
        {
            length--;
        }

        return input[..length];
    }

    /// <summary>NFKD with lone surrogates replaced, since <see cref="string.Normalize(NormalizationForm)"/> rejects them.</summary>
    private static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var clean = ReplaceLoneSurrogates(text);
        try
        {
            return clean.IsNormalized(NormalizationForm.FormKD) ? clean : clean.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Unassigned code points can still be refused; the text is scored unfolded rather than not at all.
            return clean;
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (lone)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private void Tokenize(string text, NormalizedText output)
    {
        var state = new TokenState { Start = -1, SentenceStart = true };
        var inCode = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`' && IsAt(text, i, "```"))
            {
                EndToken(output, ref state);
                inCode = !inCode;
                i += 3;
                // The language tag after an opening fence (```cs) is not prose.
                while (inCode && i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }

                state.SentenceStart = true;
                continue;
            }

            if (c == '<' && TrySkipDiscordMarkup(text, i, out var end, out var isMention))
            {
                EndToken(output, ref state);
                if (isMention)
                {
                    AddMention(output, ref state);
                }

                i = end;
                continue;
            }

            if (state.Start < 0 && (c is 'h' or 'H' or 'w' or 'W') && IsUrlStart(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (c == '@' && state.Start < 0 && i + 1 < text.Length && IsHandleChar(text[i + 1]))
            {
                i++;
                while (i < text.Length && (IsHandleChar(text[i]) || (text[i] == '.' && i + 1 < text.Length && IsHandleChar(text[i + 1]))))
                {
                    i++;
                }

                AddMention(output, ref state);
                continue;
            }

            i += ReadChar(text, i, c, inCode, output, ref state);
        }

        EndToken(output, ref state);
    }

    /// <summary>Handles one ordinary character; returns how many chars it consumed.</summary>
    private int ReadChar(string text, int i, char c, bool inCode, NormalizedText output, ref TokenState state)
    {
        if (c < 0x80)
        {
            if (char.IsAsciiLetter(c))
            {
                var upper = char.IsAsciiLetterUpper(c);
                AppendLetter(output, ref state, upper ? (char)(c | 0x20) : c, upper, inCode);
                return 1;
            }

            if (char.IsAsciiDigit(c))
            {
                Open(output, ref state);
                output.AppendChar(c);
                state.HasDigitOrSymbol = true;
                return 1;
            }

            if (IsLeetSymbol(c) && KeepSymbol(text, i, c, state.Start >= 0))
            {
                Open(output, ref state);
                output.AppendChar(c);
                state.HasDigitOrSymbol = true;
                return 1;
            }

            if (c == '\'' && state.Start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                return 1;
            }

            EndToken(output, ref state);
            if (c is '!' or '?' or '\n' || (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                state.SentenceStart = true;
            }

            return 1;
        }

        if (char.IsHighSurrogate(c))
        {
            // Emoji and other astral symbols separate words; astral letters are rare enough to treat alike.
            EndToken(output, ref state);
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                // Combining marks (accents, zalgo) and zero-width characters vanish without splitting the word.
                return 1;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                AppendLetter(output, ref state, Confusables.ToLatin(char.ToLowerInvariant(c)), upper: true, inCode);
                return 1;
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                AppendLetter(output, ref state, Confusables.ToLatin(c), upper: false, inCode);
                return 1;
            case UnicodeCategory.DecimalDigitNumber:
                Open(output, ref state);
                output.AppendChar(c);
                return 1;
            default:
                if (c == '\u2019' && state.Start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    return 1;
                }

                EndToken(output, ref state);
                if (c is '\u2029' or '\u2028' or '\u3002' or '\uFF01' or '\uFF1F' or '\u2026')
                {
                    state.SentenceStart = true;
                }

                return 1;
        }
    }

    private static void AppendLetter(NormalizedText output, ref TokenState state, char lower, bool upper, bool inCode)
    {
        Open(output, ref state);
        output.AppendChar(lower);
        state.HasLetter = true;
        if (!inCode)
        {
            output.Letters++;
            if (upper)
            {
                output.UpperLetters++;
            }
        }
    }

    private static void Open(NormalizedText output, ref TokenState state)
    {
        if (state.Start < 0)
        {
            state.Start = output.BeginToken();
            state.HasLetter = false;
            state.HasDigitOrSymbol = false;
        }
    }

    private static void AddMention(NormalizedText output, ref TokenState state)
    {
        var start = output.BeginToken();
        foreach (var ch in "@user")
        {
            output.AppendChar(ch);
        }

        output.CommitToken(start, TokenFlags.Mention | (state.SentenceStart ? TokenFlags.SentenceStart : TokenFlags.None));
        state.SentenceStart = false;
    }

    private void EndToken(NormalizedText output, ref TokenState state)
    {
        if (state.Start < 0)
        {
            return;
        }

        var start = state.Start;
        state.Start = -1;
        var flags = state.SentenceStart ? TokenFlags.SentenceStart : TokenFlags.None;
        var pending = output.Pending(start);
        if (pending.Length > MaxTermLength)
        {
            // Too long to be a word (hashes, keyboard mashing): keep a prefix for the n-grams, skip term work.
            output.Truncate(start + MaxTermLength);
            output.CommitToken(start, flags);
            state.SentenceStart = false;
            return;
        }

        if (!state.HasLetter)
        {
            var kept = RemoveSymbols(pending);
            output.Truncate(start + kept);
            output.CommitToken(start, flags);
            state.SentenceStart = flags != TokenFlags.None && output.CharLength == start;
            return;
        }

        Span<char> candidate = stackalloc char[MaxTermLength];
        var collapsed = CollapseRuns(pending, candidate, out var length, mapLeet: state.HasDigitOrSymbol);
        if (collapsed || state.HasDigitOrSymbol)
        {
            if (_lexicon.TryRestore(candidate[..length], out var term))
            {
                output.Truncate(start);
                foreach (var ch in term)
                {
                    output.AppendChar(ch);
                }

                output.Deobfuscated++;
                output.CommitToken(start, flags | TokenFlags.Deobfuscated);
                state.SentenceStart = false;
                return;
            }
        }

        // Not a term: keep the plain form (letters and digits, stretched runs shortened to two).
        var written = 0;
        var run = 0;
        for (var k = 0; k < pending.Length; k++)
        {
            var ch = pending[k];
            if (IsLeetSymbol(ch))
            {
                continue;
            }

            run = written > 0 && pending[written - 1] == ch ? run + 1 : 1;
            if (run <= 2)
            {
                pending[written++] = ch;
            }
        }

        output.Truncate(start + written);
        output.CommitToken(start, flags);
        state.SentenceStart = false;
    }

    /// <summary>Copies <paramref name="source"/> with runs of 3+ equal chars cut to 2 (and leetspeak mapped when asked).</summary>
    private static bool CollapseRuns(ReadOnlySpan<char> source, Span<char> target, out int length, bool mapLeet)
    {
        length = 0;
        var collapsed = false;
        var run = 0;
        foreach (var raw in source)
        {
            var ch = mapLeet ? Leet.ToLetter(raw) : raw;
            run = length > 0 && target[length - 1] == ch ? run + 1 : 1;
            if (run > 2 && ch != '*')
            {
                collapsed = true;
                continue;
            }

            target[length++] = ch;
        }

        return collapsed;
    }

    private static int RemoveSymbols(Span<char> token)
    {
        var written = 0;
        foreach (var ch in token)
        {
            if (!IsLeetSymbol(ch))
            {
                token[written++] = ch;
            }
        }

        return written;
    }

    /// <summary>Joins runs of single-letter tokens (<c>f.u.c.k</c>, <c>s h i t</c>) when the joined word is a term.</summary>
    private void MergeSeparatedLetters(NormalizedText output)
    {
        Span<char> joined = stackalloc char[MaxSeparatedRun];
        for (var first = 0; first < output.TokenCount; first++)
        {
            var runLength = 0;
            while (first + runLength < output.TokenCount
                && runLength < MaxSeparatedRun
                && output.Token(first + runLength).Length == 1
                && (output.Flags(first + runLength) & TokenFlags.Mention) == 0)
            {
                runLength++;
            }

            if (runLength < 3)
            {
                continue;
            }

            for (var count = runLength; count >= 3; count--)
            {
                for (var k = 0; k < count; k++)
                {
                    joined[k] = Leet.ToLetter(output.Token(first + k)[0]);
                }

                if (_lexicon.TryRestore(joined[..count], out var term))
                {
                    output.MergeTokens(first, count, term, TokenFlags.Deobfuscated);
                    output.Deobfuscated++;
                    break;
                }
            }
        }
    }

    /// <summary>A symbol is kept inside a word (<c>sh!t</c>, <c>f*ck</c>, <c>a$$</c>), not as punctuation after it.</summary>
    private static bool KeepSymbol(string text, int i, char c, bool inToken)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(next))
        {
            return inToken || c != '!';
        }

        // Trailing wildcards and dollar signs finish a masked word ("f***", "a$$"); a trailing '!' is punctuation.
        return inToken && (c is '*' or '$') && (IsLeetSymbol(next) || !char.IsLetterOrDigit(next));
    }

    private static bool IsLeetSymbol(char c) => c is '$' or '@' or '!' or '|' or '*' or '+';

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsAt(string text, int i, string value) =>
        string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    private static bool IsUrlStart(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Discord markup: <c>&lt;@id&gt;</c>, <c>&lt;@!id&gt;</c>, <c>&lt;@&amp;id&gt;</c>, <c>&lt;#id&gt;</c>, <c>&lt;:name:id&gt;</c>, <c>&lt;a:name:id&gt;</c>, <c>&lt;t:123:R&gt;</c>.</summary>
    private static bool TrySkipDiscordMarkup(string text, int i, out int end, out bool isMention)
    {
        end = i;
        isMention = false;
        var close = text.IndexOf('>', i + 1);
        if (close < 0 || close - i > 64)
        {
            return false;
        }

        var inner = text.AsSpan(i + 1, close - i - 1);
        if (inner.Length < 2)
        {
            return false;
        }

        if (inner[0] == '@')
        {
            var id = inner[1] is '!' or '&' ? inner[2..] : inner[1..];
            if (!IsDigits(id))
            {
                return false;
            }

            isMention = inner[1] != '&';
        }
        else if (inner[0] == '#')
        {
            if (!IsDigits(inner[1..]))
            {
                return false;
            }
        }
        else if (inner[0] == ':' || inner.StartsWith("a:") || inner.StartsWith("t:"))
        {
            if (inner.IndexOf(' ') >= 0)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        end = close + 1;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> span) => span.Length > 0 && !span.ContainsAnyExceptInRange('0', '9');

    private struct TokenState
    {
        public int Start;
        public bool HasLetter;
        public bool HasDigitOrSymbol;
        public bool SentenceStart;
    }
}
