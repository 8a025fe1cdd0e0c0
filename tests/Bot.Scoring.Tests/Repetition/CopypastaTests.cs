using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class CopypastaTests
{
    private const string Pasta = "Wake up people, the mainstream media is hiding the real numbers from Kursk. Share this before it gets deleted!";

    [Fact]
    public void Observe_ThirdUserPastingTheSameText_CopypastaCitingTheOtherTwo()
    {
        var harness = new DetectorHarness();
        var first = harness.PostThenWait(TimeSpan.FromSeconds(20), 1, Pasta, channel: 1);
        var second = harness.PostThenWait(TimeSpan.FromSeconds(20), 2, "wake up PEOPLE — the mainstream media is hiding the real numbers from Kursk!! share this before it gets deleted", channel: 2);

        var third = harness.Post(3, "Wake up people, the mainstream media is hiding the real numbers from Kursk. Share this before it's deleted!", channel: 3);

        Assert.Same(RepetitionResult.None, first);
        Assert.Same(RepetitionResult.None, second);
        Assert.Equal([RepetitionReasons.Copypasta], third.Reasons);
        Assert.Equal([2UL, 1UL], third.RepeatedMessageIds);
        Assert.InRange(third.Score, 0.7, 0.95);
    }

    [Fact]
    public void Observe_SameUserThreeTimes_NotCopypasta()
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(1), 1, Pasta, channel: 1);
        harness.PostThenWait(TimeSpan.FromMinutes(1), 1, Pasta, channel: 2);

        var third = harness.Post(1, Pasta, channel: 3);

        Assert.DoesNotContain(RepetitionReasons.Copypasta, third.Reasons);
        Assert.Contains(RepetitionReasons.NearDuplicate, third.Reasons);
    }

    [Fact]
    public void Observe_UsersInOtherGuilds_NotCounted()
    {
        var harness = new DetectorHarness();
        harness.Post(1, Pasta, guild: 5001);
        harness.Post(2, Pasta, guild: 5002);

        Assert.Same(RepetitionResult.None, harness.Post(3, Pasta, guild: 5003));
    }

    [Fact]
    public void Observe_EarlierPastesOutsideTheWindow_NotCounted()
    {
        var harness = new DetectorHarness();
        harness.PostThenWait(TimeSpan.FromMinutes(1), 1, Pasta);
        harness.PostThenWait(TimeSpan.FromMinutes(5), 2, Pasta);

        var third = harness.Post(3, Pasta);

        Assert.Same(RepetitionResult.None, third);
    }

    [Fact]
    public void Observe_ManyUsers_ScoreGrowsAndEvidenceIsCapped()
    {
        var harness = new DetectorHarness();
        var results = Enumerable.Range(1, 20).Select(user => harness.PostThenWait(TimeSpan.FromSeconds(1), (ulong)user, Pasta)).ToList();

        Assert.True(results[10].Score > results[2].Score);
        Assert.Equal(10, results[19].RepeatedMessageIds.Count);
        Assert.Equal(19UL, results[19].RepeatedMessageIds[0]);
    }

    [Fact]
    public void Observe_UnrelatedTextsFromManyUsers_NoCopypasta()
    {
        var harness = new DetectorHarness();

        var results = Enumerable.Range(0, 300).Select(i => harness.Post((ulong)i, Texts.Distinct(i))).ToList();

        Assert.All(results, r => Assert.DoesNotContain(RepetitionReasons.Copypasta, r.Reasons));
    }
}
