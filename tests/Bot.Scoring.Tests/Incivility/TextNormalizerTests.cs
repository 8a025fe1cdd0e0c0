using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class TextNormalizerTests(ShippedModelFixture fixture)
{
    [Theory]
    [InlineData("\uFF46\uFF55\uFF43\uFF4B off", "fuck off")] // full-width forms (NFKC)
    [InlineData("\u0456d\u0456\u043Et", "idiot")] // Cyrillic і and о
    [InlineData("\u0406D\u0406\u041ET", "idiot")] // upper-case Cyrillic
    [InlineData("\u03BFk", "ok")] // Greek omicron
    [InlineData("f\u200Bu\u200Cc\u200Dk", "fuck")] // zero-width space, non-joiner, joiner
    [InlineData("sh\uFEFFit", "shit")] // zero-width no-break space
    [InlineData("i\u0336d\u0335i\u0334o\u0337t\u0338", "idiot")] // zalgo strokes
    [InlineData("m\u0300\u0301\u0302\u0303\u0304o\u0305\u0306\u0307r\u0308\u0309on", "moron")] // stacked combining marks
    [InlineData("caf\u00E9 na\u00EFve", "cafe naive")] // accents folded, not split
    public void Normalize_UnicodeDisguises_PlainLowerCaseLetters(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("sh1t", "shit")]
    [InlineData("5h!t", "shit")]
    [InlineData("a$$hole", "asshole")]
    [InlineData("b1tch", "bitch")]
    [InlineData("m0r0n", "moron")]
    [InlineData("1d10t", "idiot")]
    [InlineData("fvck", "fvck")] // v for u is not leetspeak; the model's character n-grams see it
    public void Normalize_Leetspeak_RestoresTheTerm(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("f.u.c.k you", "fuck you")]
    [InlineData("f u c k you", "fuck you")]
    [InlineData("f-u-c-k", "fuck")]
    [InlineData("s.h.i.t", "shit")]
    [InlineData("i d i o t", "idiot")]
    public void Normalize_SeparatedLetters_JoinedIntoTheTerm(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("f*ck", "fuck")]
    [InlineData("f**k", "fuck")]
    [InlineData("f*cking", "fucking")]
    [InlineData("F*CKING", "fucking")]
    [InlineData("sh*t", "shit")]
    [InlineData("sh*tty", "shitty")]
    [InlineData("b*tch", "bitch")]
    [InlineData("id*ot", "idiot")]
    public void Normalize_MaskedLetters_RestoresTheTerm(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("****")] // fully masked: no way to know the word
    [InlineData("***ting")] // a masked stem needs some of its letters shown
    public void Normalize_MaskTooVague_NoTermRestored(string input)
    {
        Assert.Null(RestoredTerm(input));
    }

    [Theory]
    [InlineData("fuuuck", "fuck")]
    [InlineData("fuuuuuuuck", "fuck")]
    [InlineData("shiiiiit", "shit")]
    [InlineData("idiooooot", "idiot")]
    [InlineData("stuuuupid", "stupid")]
    public void Normalize_StretchedLetters_RestoresTheTerm(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("soooooo good", "soo good")] // not a term: stretched runs shortened to two
    [InlineData("Hello there!!!", "hello there")]
    [InlineData("It's Bob's", "its bobs")]
    [InlineData("I.B.M. shares", "i b m shares")] // three letters that spell no term stay apart
    [InlineData("assessment of the class", "assessment of the class")]
    public void Normalize_CivilWords_KeptAsWritten(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Theory]
    [InlineData("<@123456789012345678> is wrong", "@user is wrong")]
    [InlineData("<@!123456789012345678> hi", "@user hi")]
    [InlineData("@someone_else hi", "@user hi")]
    [InlineData("see <#123456789012345678> and <@&42>", "see and")] // channel and role mentions are not people
    [InlineData("nice <:pepe:123456789> <a:dance:987654321>", "nice")]
    [InlineData("read https://example.com/idiot-news?x=1 now", "read now")]
    [InlineData("www.example.com/stupid is down", "is down")]
    public void Normalize_DiscordMarkupAndUrls_MentionsKeptAsUserRestDropped(string input, string expected)
    {
        Assert.Equal(expected, fixture.Normalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_CodeBlock_LanguageTagDroppedCodeLettersNotCountedForShouting()
    {
        var text = new NormalizedText();

        fixture.Normalizer.Normalize("look:\n```sql\nSELECT NAME FROM USERS WHERE ID = 1\n```", text);

        Assert.Equal("look select name from users where id 1", text.ToString());
        Assert.Equal(4, text.Letters);
    }

    [Fact]
    public void Normalize_LoneSurrogates_ReplacedNotThrown()
    {
        Assert.Equal("a b", fixture.Normalizer.Normalize("a\uD800b"));
        Assert.Equal("a b", fixture.Normalizer.Normalize("a\uDC00b"));
    }

    [Fact]
    public void Normalize_ObfuscatedToken_MarkedDeobfuscated()
    {
        var text = new NormalizedText();

        fixture.Normalizer.Normalize("what the f*ck is this sh1t", text);

        Assert.Equal(2, text.Deobfuscated);
    }

    [Fact]
    public void Normalize_LongInput_OnlyTheCapIsRead()
    {
        var text = new NormalizedText();
        var beyondCap = string.Concat(Enumerable.Repeat("ok ", fixture.Options.MaxAnalyzedChars)) + "idiot";

        fixture.Normalizer.Normalize(beyondCap, text);

        Assert.InRange(text.TokenCount, 1, (fixture.Options.MaxAnalyzedChars / 3) + 1);
        Assert.DoesNotContain("idiot", text.ToString(), StringComparison.Ordinal);
    }

    private string? RestoredTerm(string input) =>
        fixture.Lexicon.TryRestore(input.ToLowerInvariant(), out var term) ? term : null;
}
