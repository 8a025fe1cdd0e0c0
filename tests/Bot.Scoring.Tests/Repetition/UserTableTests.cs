using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class UserTableTests
{
    private const int HistoryLength = 4;

    [Fact]
    public void Touch_UnderIdleChurnThatRemovesFromTheMiddleOfProbeRuns_FindsEveryTrackedUserWithTheirOwnHistory()
    {
        // Idle eviction removes index slots from the middle of probe runs while new users keep arriving, across more
        // than one page of history rings. Every user still tracked must be found with exactly the messages appended
        // for them (never a neighbour's), and every evicted one must start empty.
        var table = new UserTable(new SharedBudget(1_000, 1), HistoryLength);
        var tracked = new Dictionary<UserKey, (long LastSeen, int Count)>();
        var random = new Random(5);
        var recent = new HistoryEntry[HistoryLength];
        for (var clock = 1L; clock <= 20_000; clock++)
        {
            var key = new UserKey((ulong)random.Next(3), (ulong)random.Next(300));
            var slot = table.Touch(key, clock);

            var remembered = table.CopyHistory(slot, recent);

            var count = tracked.GetValueOrDefault(key).Count;
            Assert.Equal(Math.Min(count, HistoryLength), remembered);
            Assert.All(recent.AsSpan(0, remembered).ToArray(), entry => Assert.Equal(Tag(key), entry.ChannelId));
            table.Append(slot, new HistoryEntry(clock, Tag(key), (ulong)clock, 0));
            tracked[key] = (clock, count + 1);
            if (clock % 100 == 0)
            {
                var cutoff = clock - 400;
                var idle = tracked.Where(user => user.Value.LastSeen < cutoff).Select(user => user.Key).ToList();
                idle.ForEach(user => tracked.Remove(user));
                Assert.Equal(idle.Count, table.EvictIdle(cutoff));
                Assert.Equal(tracked.Count, table.Count);
            }
        }

        Assert.InRange(tracked.Count, 300, 900);
    }

    private static ulong Tag(UserKey key) => (key.GuildId * 1_000) + key.UserId;
}
