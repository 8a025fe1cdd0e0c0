using System.Text;
using Bot.Scoring.Incivility;

namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class BadInputTests(ShippedModelFixture fixture)
{
    public static TheoryData<string> Awkward() =>
    [
        "\n\t  \u3000",
        "😂😂😂🔥🔥💀",
        "👍🏽👨‍👩‍👧‍👦🏳️‍🌈",
        "```cs\nvar x = y ?? throw new Exception(\"idiot\");\n```",
        "<@123456789012345678> <@!1> <#2> <@&3> <:a:4> <t:1700000000:R> https://example.com www.example.org",
        "Путин 普京 بوتين Putin — 北朝鮮 Корея mixed scripts",
        "Z\u0336\u0335\u0334a\u0337\u0338\u0321l\u0322\u0327g\u0328o\u0334\u0335 \u0336t\u0337e\u0338x\u0321t" + new string('\u0300', 500),
        "\uD800\uDC00\uDFFF\uD800",
        "\0\u0001\u0002\u001F\u007F",
        "*** $$$ !!! @@@ ||| +++",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z",
        "\u202Eesrever\u202C \u200B\u200B\u200B",
        new string('a', 5_000),
    ];

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u200B\u200B")]
    [InlineData("😂😂😂")]
    [InlineData("https://example.com")]
    public void Score_NoWords_Civil(string text)
    {
        Assert.Same(IncivilityResult.Civil, fixture.Scorer.Score(text));
    }

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Score_AwkwardInput_ScoreInRangeWithoutException(string text)
    {
        var result = fixture.Scorer.Score(text);

        Assert.InRange(result.Score, 0, 1);
        Assert.NotNull(result.Reasons);
        Assert.NotNull(result.Terms);
    }

    [Fact]
    public void Score_NullText_Civil()
    {
        Assert.Same(IncivilityResult.Civil, fixture.Scorer.Score(null!));
    }

    [Fact]
    public void Score_LongMessage_SameAsItsAnalysedPrefix()
    {
        var cap = fixture.Options.MaxAnalyzedChars;
        var prefix = Repeat("the committee debated the budget for hours ", cap)[..cap];

        var capped = fixture.Scorer.Score(prefix + " you are an idiot" + Repeat("x ", 4_000));

        // Everything past the cap is ignored, which is what bounds the work for any input.
        Assert.Equal(fixture.Scorer.Score(prefix).Score, capped.Score);
        Assert.DoesNotContain(IncivilityScorer.Targeted, capped.Reasons);
    }

    [Fact]
    public void Score_InsultInsideALongMessage_StillFound()
    {
        var text = "you are an idiot. " + Repeat("Ordinary discussion of the article continues here. ", 4_200);

        var result = fixture.Scorer.Score(text);

        Assert.True(text.Length > 4_000);
        Assert.Contains(IncivilityScorer.Targeted, result.Reasons);
    }

    [Fact]
    public void Score_SurrogatePairSplitByTheCap_NoException()
    {
        var cap = fixture.Options.MaxAnalyzedChars;
        var text = new string('a', cap - 1) + "😂" + "tail";

        Assert.InRange(fixture.Scorer.Score(text).Score, 0, 1);
    }

    [Fact]
    public void Score_HugeZalgo_NoException()
    {
        var text = string.Concat(Enumerable.Repeat("i\u0336\u0335\u0334d\u0337i\u0338o\u0321t\u0322 ", 2_000));

        var result = fixture.Scorer.Score(text);

        Assert.InRange(result.Score, 0, 1);
        Assert.Contains("idiot", result.Terms);
    }

    private static string Repeat(string text, int minLength)
    {
        var builder = new StringBuilder(minLength + text.Length);
        while (builder.Length < minLength)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}
