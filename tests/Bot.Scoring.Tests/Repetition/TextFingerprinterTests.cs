using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class TextFingerprinterTests
{
    private static TextSignature Sign(string text)
    {
        Assert.True(TextFingerprinter.TryCompute(text, 12, out var signature));
        return signature;
    }

    [Theory]
    [InlineData("SENDING north korean TROOPS to russia is a slap in the face to all those fighting for ukraine's freedom")]
    [InlineData("Sending  North-Korean troops... to Russia; is a slap in the face to all those fighting for Ukraine's freedom!!!")]
    [InlineData("S e n d i n g North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's freedom.")]
    [InlineData("Sеnding Nоrth Kоrean trооps tо Russia is a slap in the face to all those fighting for Ukraine's freedom.")]
    [InlineData("S3nding N0rth K0rean tr00ps t0 Russ1a is a s1ap in the face to a11 those fighting for Ukraine's freedom.")]
    [InlineData("Séñdïng North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's fréédom.")]
    [InlineData("Ｓｅｎｄｉｎｇ North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's freedom.")]
    [InlineData("Send\u200Bing North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's freeeeedom.")]
    public void TryCompute_CaseSpacingPunctuationAndLookAlikes_SameSignature(string variant)
    {
        Assert.Equal(Sign(Texts.Seed), Sign(variant));
    }

    [Fact]
    public void TryCompute_OneWordChanged_StillAboveDefaultThreshold()
    {
        var edited = Texts.Seed.Replace("slap", "punch", StringComparison.Ordinal);

        var matches = Sign(Texts.Seed).Matches(Sign(edited));

        Assert.InRange(matches, 11, 16);
    }

    [Fact]
    public void TryCompute_UnrelatedTexts_BelowDefaultThreshold()
    {
        var worst = 0;
        for (var i = 0; i < 200; i++)
        {
            worst = Math.Max(worst, Sign(Texts.Distinct(i)).Matches(Sign(Texts.Distinct(i + 1000))));
        }

        Assert.InRange(worst, 0, 10);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lol")]
    [InlineData("ok!!! 👍 😀 ...")]
    [InlineData("+1 +1 +1 +1 +1 +1 +1 +1 +1")]
    public void TryCompute_TooLittleContent_NoSignature(string text)
    {
        Assert.False(TextFingerprinter.TryCompute(text, 12, out _));
    }

    [Fact]
    public void CompactSignature_KeepsTheSimilarityOrdering()
    {
        var seed = Sign(Texts.Seed);
        var edited = Sign(Texts.Seed.Replace("slap", "punch", StringComparison.Ordinal));
        var unrelated = Sign(Texts.Distinct(3));

        var near = CompactSignature.Matches(CompactSignature.From(seed), CompactSignature.From(edited));
        var far = CompactSignature.Matches(CompactSignature.From(seed), CompactSignature.From(unrelated));

        Assert.True(near >= CompactSignature.MinMatches(0.65), $"near {near}");
        Assert.True(far < CompactSignature.MinMatches(0.65), $"far {far}");
    }
}
