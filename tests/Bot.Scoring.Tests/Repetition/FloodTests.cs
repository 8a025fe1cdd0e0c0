using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class FloodTests
{
    [Fact]
    public void Observe_FiveMentionsInText_MentionFlood()
    {
        var harness = new DetectorHarness();

        var result = harness.Post(1, "<@11> <@!12> <@13> <@&14> @everyone look at this");

        Assert.Equal([RepetitionReasons.MentionFlood], result.Reasons);
        Assert.Empty(result.RepeatedMessageIds);
    }

    [Fact]
    public void Observe_MentionCountFromDiscord_Used()
    {
        var harness = new DetectorHarness();

        Assert.Contains(RepetitionReasons.MentionFlood, harness.Post(1, "hello all", mentions: 8).Reasons);
    }

    [Fact]
    public void Observe_FourMentions_Allowed()
    {
        var harness = new DetectorHarness();

        Assert.Same(RepetitionResult.None, harness.Post(1, "<@11> <@12> <@13> <@14> thanks for the sources"));
    }

    [Fact]
    public void Observe_FourLinks_LinkFlood()
    {
        var harness = new DetectorHarness();

        var result = harness.Post(1, "read https://a.example/1 and http://b.example/2 https://c.example https://d.example now");

        Assert.Equal([RepetitionReasons.LinkFlood], result.Reasons);
    }

    [Fact]
    public void Observe_MoreLinks_HigherScore()
    {
        var harness = new DetectorHarness();

        var four = harness.Post(1, "x", links: 4);
        var ten = harness.Post(2, "y", links: 10);

        Assert.True(ten.Score > four.Score);
    }

    [Fact]
    public void Observe_FloodAndCopypastaTogether_CombinedScoreAboveEither()
    {
        var harness = new DetectorHarness();
        const string spam = "Free crypto giveaway for every reader of this thread, claim it now at the link below";
        harness.Post(1, spam);
        harness.Post(2, spam);

        var result = harness.Post(3, spam + " https://a.example https://b.example https://c.example https://d.example");

        Assert.Equal([RepetitionReasons.Copypasta, RepetitionReasons.LinkFlood], result.Reasons);
        Assert.True(result.Score > 0.8, $"score {result.Score}");
    }
}
