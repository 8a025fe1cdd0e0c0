using Bot.Scoring.Incivility;
using Bot.Scoring.Tests.Support;

namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class IncivilityScorerTests(ShippedModelFixture fixture)
{
    public static TheoryData<string> SeedComments() => [.. SeedThread.CommentTexts()];

    [Fact]
    public void SeedThread_HasTheFiveComments()
    {
        Assert.Equal(5, SeedThread.CommentTexts().Count);
    }

    [Theory]
    [MemberData(nameof(SeedComments))]
    public void Score_SeedComment_BelowTheDeleteThreshold(string comment)
    {
        Assert.InRange(fixture.Scorer.Score(comment).Score, 0, fixture.Options.DeleteThreshold - 0.001);
    }

    [Theory]
    [MemberData(nameof(SeedComments))]
    public void Score_SeedComment_NotFlagged(string comment)
    {
        // Heated but civil: not even worth a moderator's look at the default flag threshold.
        Assert.True(fixture.Scorer.Score(comment).Score < fixture.Options.FlagThreshold);
    }

    [Theory]
    [InlineData("You are a complete idiot.")]
    [InlineData("you're a pathetic loser")]
    [InlineData("Shut up, you moron")]
    [InlineData("<@123456789012345678> you are a worthless piece of trash")]
    [InlineData("fuck you and your stupid opinions")]
    [InlineData("u r a f*cking m0r0n")]
    [InlineData("YOU ARE AN IDIOT")]
    [InlineData("you \u0456d\u0456\u043Et")]
    [InlineData("I will kill you")]
    public void Score_ClearInsultAtAPerson_AboveTheDeleteThreshold(string text)
    {
        Assert.True(fixture.Scorer.Score(text).Score >= fixture.Options.DeleteThreshold);
    }

    [Theory]
    [InlineData("The article says North Korea sent troops to Kursk.")]
    [InlineData("I disagree with this analysis; the sanctions have clearly failed.")]
    [InlineData("Thanks for sharing, this was an interesting read.")]
    [InlineData("That idea is idiotic, but I see why people like it.")]
    public void Score_CivilOrAboutAnIdea_BelowTheDeleteThreshold(string text)
    {
        Assert.True(fixture.Scorer.Score(text).Score < fixture.Options.DeleteThreshold);
    }

    [Fact]
    public void Score_InsultAtAPerson_HigherThanTheSameWordAtAnIdea()
    {
        var person = fixture.Scorer.Score("you are idiotic").Score;
        var idea = fixture.Scorer.Score("that idea is idiotic").Score;

        Assert.True(person > idea, $"person {person:F3} vs idea {idea:F3}");
    }

    [Fact]
    public void Score_Shouting_RaisesTheScoreAndSaysSo()
    {
        var calm = fixture.Scorer.Score("why would anyone believe this nonsense from the government");
        var shouted = fixture.Scorer.Score("WHY WOULD ANYONE BELIEVE THIS NONSENSE FROM THE GOVERNMENT");

        Assert.True(shouted.Score > calm.Score);
        Assert.Contains(IncivilityScorer.Shouting, shouted.Reasons);
        Assert.DoesNotContain(IncivilityScorer.Shouting, calm.Reasons);
    }

    [Theory]
    [InlineData("You are a complete idiot.", IncivilityScorer.Targeted, "idiot")]
    [InlineData("u r a f*cking m0r0n", IncivilityScorer.Profanity, "fuck")]
    [InlineData("u r a f*cking m0r0n", IncivilityScorer.Insult, "moron")]
    [InlineData("I will kill you", IncivilityScorer.Threat, "kill")]
    [InlineData("immigrants are vermin", IncivilityScorer.IdentityAttack, "vermin")]
    public void Score_FlaggedText_ExplainsReasonAndTerms(string text, string reason, string term)
    {
        var result = fixture.Scorer.Score(text);

        Assert.Contains(reason, result.Reasons);
        Assert.Contains(term, result.Terms);
    }

    [Theory]
    [InlineData("You are a complete idiot.")]
    [InlineData("this is f*cking bullsh1t")]
    [InlineData("what a load of crap, shut up")]
    public void Score_AboveTheFlagThreshold_HasReasonsAndTerms(string text)
    {
        var result = fixture.Scorer.Score(text);

        Assert.True(result.Score >= fixture.Options.FlagThreshold);
        Assert.NotEmpty(result.Reasons);
        Assert.NotEmpty(result.Terms);
        Assert.True(result.Terms.Count <= 5);
    }

    [Fact]
    public void Score_CivilText_NoReasonsOrTerms()
    {
        var result = fixture.Scorer.Score("The summit is scheduled for next week in Geneva.");

        Assert.Empty(result.Reasons);
        Assert.Empty(result.Terms);
    }

    [Fact]
    public void Score_TermsQuoteTheCanonicalWordNotTheDisguise()
    {
        var result = fixture.Scorer.Score("you are an \u0456d\u0456\u043Et");

        Assert.Contains("idiot", result.Terms);
        Assert.DoesNotContain(result.Terms, t => t.Contains('\u0456', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("You are a complete idiot.")]
    [InlineData("you are idiotic and they are clowns")]
    public void Score_FlaggedText_TermsLeaveOutGrammaticalWords(string text)
    {
        var terms = fixture.Scorer.Score(text).Terms;

        Assert.NotEmpty(terms);
        Assert.DoesNotContain("are", terms);
        Assert.DoesNotContain("you", terms);
        Assert.DoesNotContain("they", terms);
    }

    [Fact]
    public void Score_SameText_SameResult()
    {
        var first = fixture.Scorer.Score("you are a clown and this take is garbage");
        var second = fixture.Scorer.Score("you are a clown and this take is garbage");

        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.Terms, second.Terms);
    }
}
