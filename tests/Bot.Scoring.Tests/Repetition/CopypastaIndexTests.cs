using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class CopypastaIndexTests
{
    private const ulong Guild = 7;

    [Fact]
    public void Add_StripeHeldBackByTheSharedBudget_RecyclesItsRingInsteadOfGrowingTowardsTheLimit()
    {
        var budget = new SharedBudget(1_000, 4);
        var busy = new CopypastaIndex(budget);
        var held = new CopypastaIndex(budget);
        for (var i = 0; i < 2_000; i++)
        {
            busy.Add(Entry(i, user: (ulong)i));
        }

        for (var i = 0; i < 5_000; i++)
        {
            held.Add(Entry(i, user: (ulong)i));
        }

        Assert.Equal(budget.Reserve, held.Count);
        Assert.InRange(held.RingLength, held.Count, 2 * budget.Reserve);
        Assert.InRange(busy.RingLength, busy.Count, budget.Limit);
    }

    [Fact]
    public void FindOtherUsers_AfterTheRingGrewAndWrapped_FindsRecentEntriesAndNotRecycledOnes()
    {
        var index = new CopypastaIndex(new SharedBudget(500, 1));
        for (var i = 0; i < 2_000; i++)
        {
            index.Add(Entry(i, user: (ulong)i));
        }

        var matches = new CopypastaMatch[4];
        var recent = index.FindOtherUsers(Entry(1_990, user: 99_999), long.MaxValue, 11, matches);
        Assert.Equal(1, recent);
        Assert.Equal((1_990UL, 1_990UL + 100), (matches[0].UserId, matches[0].MessageId));

        Assert.Equal(0, index.FindOtherUsers(Entry(10, user: 99_999), long.MaxValue, 11, matches));
        Assert.Equal(500, index.Count);
    }

    [Fact]
    public void FindOtherUsers_SameUsersOwnEntry_NotAMatch()
    {
        var index = new CopypastaIndex(new SharedBudget(100, 1));
        index.Add(Entry(3, user: 1));

        Assert.Equal(0, index.FindOtherUsers(Entry(3, user: 1), long.MaxValue, 11, new CopypastaMatch[4]));
        Assert.Equal(1, index.FindOtherUsers(Entry(3, user: 2), long.MaxValue, 11, new CopypastaMatch[4]));
    }

    [Fact]
    public void FindOtherUsers_LongerWindowAfterAShorterOne_StillFindsTheOlderEntry()
    {
        // Guilds sharing a stripe may set different windows; the remembered window start must move back for the longer one.
        var index = new CopypastaIndex(new SharedBudget(100, 1));
        for (var i = 0; i < 50; i++)
        {
            index.Add(Entry(i, user: (ulong)i));
        }

        var matches = new CopypastaMatch[4];
        var probe = Entry(5, user: 99_999) with { Ticks = 60 };
        Assert.Equal(0, index.FindOtherUsers(probe, windowTicks: 10, 11, matches));
        Assert.Equal(1, index.FindOtherUsers(probe, windowTicks: 60, 11, matches));
        Assert.Equal(5UL, matches[0].UserId);
    }

    private static CopypastaEntry Entry(int text, ulong user)
    {
        Assert.True(TextFingerprinter.TryCompute(Texts.Distinct(text), 12, out var signature));
        return new CopypastaEntry(text, Guild, user, (ulong)text + 100, signature);
    }
}
