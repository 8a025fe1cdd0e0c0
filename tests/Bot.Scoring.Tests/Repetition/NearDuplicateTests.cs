using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class NearDuplicateTests
{
    [Theory]
    [InlineData("SENDING NORTH KOREAN TROOPS TO RUSSIA IS A SLAP IN THE FACE TO ALL THOSE FIGHTING FOR UKRAINE'S FREEDOM")]
    [InlineData("sending north korean troops to russia, is a slap in the face... to all those fighting for ukraines freedom!!")]
    [InlineData("Sending North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's liberty.")]
    [InlineData("Sеnding Nоrth Kоrean trооps to Russia is a slap in the face to all those fighting for Ukraine's freedom.")]
    public void Observe_EditedRepostInAnotherChannel_NearDuplicateWithOriginalAsEvidence(string repost)
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(2), 7, Texts.Seed, channel: 1);
        var original = harness.LastMessageId;

        var result = harness.Post(7, repost, channel: 2);

        Assert.Equal([RepetitionReasons.NearDuplicate], result.Reasons);
        Assert.Equal([original], result.RepeatedMessageIds);
        Assert.InRange(result.Score, 0.5, 0.95);
    }

    [Fact]
    public void Observe_DifferentTextBySameUser_NotDuplicate()
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(2), 7, Texts.Seed, channel: 1);

        var result = harness.Post(7, "Is this the beginning of a new Cold War? The implications are terrifying.", channel: 2);

        Assert.Same(RepetitionResult.None, result);
    }

    [Fact]
    public void Observe_RepostAfterDuplicateWindow_NotDuplicate()
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(11), 7, Texts.Seed, channel: 1);

        Assert.Same(RepetitionResult.None, harness.Post(7, Texts.Seed, channel: 2));
    }

    [Fact]
    public void Observe_ThirdCopy_ScoresHigherAndCitesBoth()
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(1), 7, Texts.Seed, channel: 1);
        var second = harness.PostThenWait(TimeSpan.FromMinutes(1), 7, Texts.Seed, channel: 2);

        var third = harness.Post(7, Texts.Seed, channel: 3);

        Assert.Equal([2UL, 1UL], third.RepeatedMessageIds);
        Assert.True(third.Score > second.Score);
    }

    [Fact]
    public void Observe_ShortRepeatedReplies_NotCompared()
    {
        var harness = new DetectorHarness();

        harness.PostThenWait(TimeSpan.FromMinutes(1), 7, "agreed!", channel: 1);

        Assert.Same(RepetitionResult.None, harness.Post(7, "Agreed.", channel: 2));
    }
}
