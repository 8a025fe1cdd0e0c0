using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class EvictionTests
{
    [Fact]
    public void EvictIdle_AfterIdleEvictionOnTheClock_ForgetsOnlyIdleUsers()
    {
        var harness = new DetectorHarness(new RepetitionOptions { IdleEviction = TimeSpan.FromMinutes(30) });
        harness.Post(1, Texts.Distinct(1));
        harness.Post(2, Texts.Distinct(2));
        harness.Time.Advance(TimeSpan.FromMinutes(20));
        harness.Post(3, Texts.Distinct(3));
        harness.Time.Advance(TimeSpan.FromMinutes(11));

        var evicted = harness.Detector.EvictIdle();

        Assert.Equal(2, evicted);
        Assert.Equal(1, harness.Detector.TrackedUsers);
    }

    [Fact]
    public void EvictIdle_BeforeIdleEviction_KeepsEveryone()
    {
        var harness = new DetectorHarness(new RepetitionOptions { IdleEviction = TimeSpan.FromMinutes(30) });
        harness.Post(1, Texts.Distinct(1));
        harness.Time.Advance(TimeSpan.FromMinutes(29));

        Assert.Equal(0, harness.Detector.EvictIdle());
        Assert.Equal(1, harness.Detector.TrackedUsers);
    }

    [Fact]
    public void Observe_AfterEviction_UserStartsClean()
    {
        var harness = new DetectorHarness(new RepetitionOptions { IdleEviction = TimeSpan.FromMinutes(10) });
        harness.Settings = RepetitionSettings.Default with { DuplicateWindow = TimeSpan.FromHours(2) };
        harness.Post(1, Texts.Seed);
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        harness.Detector.EvictIdle();

        Assert.Same(RepetitionResult.None, harness.Post(1, Texts.Seed, channel: 2));
    }

    [Fact]
    public void Observe_CopypastaOlderThanIdleEviction_Expires()
    {
        var harness = new DetectorHarness(new RepetitionOptions { IdleEviction = TimeSpan.FromMinutes(10) });
        harness.Post(1, Texts.Seed);
        harness.Post(2, Texts.Seed);
        Assert.Equal(2, harness.Detector.CopypastaEntries);
        harness.Time.Advance(TimeSpan.FromMinutes(11));

        harness.Post(3, Texts.Distinct(1));

        Assert.Equal(1, harness.Detector.CopypastaEntries);
    }

    [Fact]
    public void Observe_MillionDistinctUsers_TrackedUsersAndIndexStayAtTheirCaps()
    {
        var options = new RepetitionOptions { MaxTrackedUsers = 5_000, MaxCopypastaEntries = 3_000, LockStripes = 4 };
        var harness = new DetectorHarness(options);
        var peak = 0;

        for (var user = 1UL; user <= 200_000; user++)
        {
            harness.Post(user, "short", guild: user % 7);
            if (user % 10_000 == 0)
            {
                peak = Math.Max(peak, harness.Detector.TrackedUsers);
            }
        }

        Assert.InRange(peak, 4_990, 5_000);
        for (var user = 1UL; user <= 20_000; user++)
        {
            harness.Post(user, Texts.Distinct((int)user), guild: user % 7);
        }

        Assert.InRange(harness.Detector.CopypastaEntries, 2_900, 3_000);
    }

    [Fact]
    public void Observe_TableFull_RecentlyActiveUserSurvivesTheClock()
    {
        var harness = new DetectorHarness(new RepetitionOptions { MaxTrackedUsers = 100, LockStripes = 1 });
        harness.Post(1, Texts.Seed);

        for (var user = 2UL; user <= 500; user++)
        {
            harness.Post(user, "hi");
            harness.Post(1, Texts.Seed);
            harness.Time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(100, harness.Detector.TrackedUsers);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(RepetitionReasons.NearDuplicate, harness.Post(1, Texts.Seed).Reasons);
    }
}
