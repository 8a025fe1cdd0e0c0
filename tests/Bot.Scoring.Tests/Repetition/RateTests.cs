using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class RateTests
{
    [Fact]
    public void Observe_SixthMessageInTenSecondsInOneChannel_RateChannel()
    {
        var harness = new DetectorHarness();
        var results = Enumerable.Range(0, 6)
            .Select(i => harness.PostThenWait(TimeSpan.FromSeconds(1), 1, Texts.Distinct(i), channel: 3))
            .ToList();

        Assert.All(results.Take(5), r => Assert.Same(RepetitionResult.None, r));
        Assert.Equal([RepetitionReasons.RateChannel], results[5].Reasons);
        Assert.Equal([5UL, 4UL, 3UL, 2UL, 1UL], results[5].RepeatedMessageIds);
        Assert.InRange(results[5].Score, 0.5, 1);
    }

    [Fact]
    public void Observe_SameMessagesSpreadOverMoreThanTheWindow_Allowed()
    {
        var harness = new DetectorHarness();

        var results = Enumerable.Range(0, 8)
            .Select(i => harness.PostThenWait(TimeSpan.FromSeconds(3), 1, Texts.Distinct(i), channel: 3))
            .ToList();

        Assert.All(results, r => Assert.DoesNotContain(RepetitionReasons.RateChannel, r.Reasons));
    }

    [Fact]
    public void Observe_EleventhMessageAcrossChannelsInThirtySeconds_RateGuildOnly()
    {
        var harness = new DetectorHarness();

        var results = Enumerable.Range(0, 11)
            .Select(i => harness.PostThenWait(TimeSpan.FromSeconds(2), 1, Texts.Distinct(i), channel: (ulong)(10 + i)))
            .ToList();

        Assert.All(results.Take(10), r => Assert.Same(RepetitionResult.None, r));
        Assert.Equal([RepetitionReasons.RateGuild], results[10].Reasons);
        Assert.Equal(10, results[10].RepeatedMessageIds.Count);
    }

    [Fact]
    public void Observe_GuildLimitFromSettings_Applied()
    {
        var harness = new DetectorHarness { Settings = RepetitionSettings.Default with { GuildRateLimit = 2 } };

        harness.Post(1, Texts.Distinct(1), channel: 1);
        harness.Post(1, Texts.Distinct(2), channel: 2);
        var third = harness.Post(1, Texts.Distinct(3), channel: 3);

        Assert.Contains(RepetitionReasons.RateGuild, third.Reasons);
    }

    [Fact]
    public void Observe_OtherUsersAndOtherGuilds_CountedSeparately()
    {
        var harness = new DetectorHarness();

        for (var i = 0; i < 5; i++)
        {
            harness.Post(1, Texts.Distinct(i), channel: 3);
        }

        Assert.Same(RepetitionResult.None, harness.Post(2, Texts.Distinct(50), channel: 3));
        Assert.Same(RepetitionResult.None, harness.Post(1, Texts.Distinct(51), channel: 3, guild: 2000));
        Assert.Contains(RepetitionReasons.RateChannel, harness.Post(1, Texts.Distinct(52), channel: 3).Reasons);
    }

    [Fact]
    public void Observe_LimitZero_CheckOff()
    {
        var harness = new DetectorHarness { Settings = RepetitionSettings.Default with { ChannelRateLimit = 0, GuildRateLimit = 0 } };

        var results = Enumerable.Range(0, 12).Select(i => harness.Post(1, Texts.Distinct(i))).ToList();

        Assert.All(results, r => Assert.Same(RepetitionResult.None, r));
    }
}
