namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class LexiconAnalyzerTests(ShippedModelFixture fixture)
{
    [Theory]
    [InlineData("you are an idiot")]
    [InlineData("You're such a moron.")]
    [InlineData("ur a clown")]
    [InlineData("<@123456789012345678> is a moron")]
    [InlineData("@bob you absolute idiot")]
    [InlineData("idiot, you")]
    [InlineData("you f*cking m0r0n")]
    [InlineData("y\u043Eu are an \u0456d\u0456\u043Et")] // Cyrillic о and і
    [InlineData("shut up")]
    [InlineData("fuck you")]
    public void Analyze_InsultAimedAtAPerson_Targeted(string text)
    {
        Assert.True(fixture.Analyze(text).Targeted);
    }

    [Theory]
    [InlineData("that idea is idiotic")]
    [InlineData("This policy is stupid and the vote was a clown show.")]
    [InlineData("You are not an idiot.")] // negated
    [InlineData("You read the article. The plan is stupid.")] // insult in the next sentence
    [InlineData("I think the argument is dumb")]
    public void Analyze_InsultAimedAtAnIdeaOrNegated_NotTargeted(string text)
    {
        var findings = fixture.Analyze(text);

        Assert.False(findings.Targeted);
        Assert.True(findings.Insults > 0);
    }

    [Theory]
    [InlineData("I will kill you")]
    [InlineData("I'm going to shoot u")]
    [InlineData("hope you die")]
    [InlineData("go die in a fire")]
    [InlineData("I know where you live")]
    public void Analyze_ThreatAtTheReader_Threat(string text)
    {
        Assert.True(fixture.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("This will kill your case")]
    [InlineData("The sanctions could kill the economy")]
    [InlineData("They shoot a film in Seoul")]
    public void Analyze_ViolentVerbNotAtAPerson_NoThreat(string text)
    {
        Assert.False(fixture.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("immigrants are vermin")]
    [InlineData("muslims are animals")]
    [InlineData("he is a f4ggot")]
    public void Analyze_SlurOrDehumanisedGroup_IdentityAttack(string text)
    {
        Assert.True(fixture.Analyze(text).IdentityAttack);
    }

    [Theory]
    [InlineData("rats carry disease")] // dehumanising words with no group are not an identity attack
    [InlineData("Immigrants arrived in large numbers this year")]
    public void Analyze_NoAttackOnAGroup_NoIdentityAttack(string text)
    {
        Assert.False(fixture.Analyze(text).IdentityAttack);
    }

    [Theory]
    [InlineData("THIS IS AN OUTRAGE AND EVERYONE KNOWS IT")]
    [InlineData("WHY WOULD ANYONE BELIEVE THIS??? 😡")]
    public void Analyze_MostlyCapitals_Shouting(string text)
    {
        Assert.True(fixture.Analyze(text).Shouting);
    }

    [Theory]
    [InlineData("NATO and the EU")] // too few letters to judge
    [InlineData("OMG WOW")]
    [InlineData("The UN, NATO and the EU met in Brussels on Tuesday")]
    [InlineData("```\nSELECT NAME FROM USERS WHERE ID = 1\n``` does this work")] // code is not shouting
    public void Analyze_AcronymsOrShortCapitals_NotShouting(string text)
    {
        Assert.False(fixture.Analyze(text).Shouting);
    }

    [Theory]
    [InlineData("what the f*ck", "fuck")]
    [InlineData("this is f*cking absurd", "fuck")]
    [InlineData("sh1t happens", "shit")]
    [InlineData("a$$hole", "asshole")]
    [InlineData("fuuuuck", "fuck")]
    public void Analyze_ObfuscatedProfanity_CountedWithItsCanonicalTerm(string text, string term)
    {
        var findings = fixture.Analyze(text);

        Assert.True(findings.Profanity > 0);
        Assert.True(findings.Deobfuscated);
        Assert.Contains(term, Enumerable.Range(0, findings.TermCount).Select(findings.Term));
    }

    [Theory]
    [InlineData("The assessment of the class was thorough.")]
    [InlineData("Scunthorpe United won on Saturday.")]
    [InlineData("Shiitake mushrooms and a cocktail.")]
    [InlineData("He passed the bass to Dickens.")]
    public void Analyze_WordsContainingProfanity_NothingFound(string text)
    {
        Assert.False(fixture.Analyze(text).Any);
    }

    [Fact]
    public void Analyze_AtSignForA_ReadAsAMention()
    {
        // Known limit (model card): "@sshole" looks like a handle, so it is a mention, not profanity.
        var findings = fixture.Analyze("@sshole");

        Assert.Equal(1, findings.Mentions);
        Assert.Equal(0, findings.Profanity);
    }
}
