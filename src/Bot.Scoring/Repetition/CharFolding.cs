using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bot.Scoring.Repetition;

/// <summary>Folds one character to the letter it is meant to be, or to 0 when it carries no content.</summary>
/// <remarks>
/// Spammers evade exact matching with case, accents, look-alike letters from other scripts, leetspeak digits,
/// full-width forms, punctuation and zero-width characters. Folding all of them away before shingling means
/// those edits change nothing. A lookup table keeps it to one array read per character on the hot path.
/// </remarks>
internal static class CharFolding
{
    private const int TableSize = 0x2000;
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    private static readonly char[] Table = BuildTable();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            return Table[c - FullWidthOffset];
        }

        return char.IsSurrogate(c) || !char.IsLetterOrDigit(c) ? '\0' : char.ToLowerInvariant(c);
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = char.IsLetterOrDigit(c) ? Confusable(StripDiacritic(char.ToLowerInvariant(c))) : Symbol(c);
        }

        return table;
    }

    private static char StripDiacritic(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && char.IsLetter(decomposed[0])
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter
            ? decomposed[0]
            : c;
    }

    // Symbols that stand in for letters; every other symbol is punctuation and dropped.
    private static char Symbol(char c) => c switch
    {
        '@' => 'a',
        '$' => 's',
        '|' => 'i',
        _ => '\0',
    };

    // Look-alikes: leetspeak digits and the Cyrillic and Greek letters that render as Latin ones.
    // "1", "l" and "i" are swapped for one another to dodge filters, so all three fold to "i".
    private static char Confusable(char c) => c switch
    {
        '0' or 'о' or 'ο' or 'ø' => 'o',
        '1' or 'l' or 'і' or 'ι' or 'ӏ' or 'ı' or 'ł' => 'i',
        '3' or 'е' or 'ε' or 'ё' => 'e',
        '4' or 'а' or 'α' => 'a',
        '5' or 'ѕ' => 's',
        '7' or 'т' or 'τ' => 't',
        'в' or 'β' => 'b',
        'к' or 'κ' => 'k',
        'м' => 'm',
        'н' or 'η' => 'n',
        'р' or 'ρ' => 'p',
        'с' => 'c',
        'у' => 'y',
        'υ' => 'u',
        'х' or 'χ' => 'x',
        'ј' => 'j',
        'ԁ' or 'đ' => 'd',
        'ν' => 'v',
        'ω' => 'w',
        _ => c,
    };
}
