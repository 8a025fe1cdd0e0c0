using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class UserTableTests
{
    private const int HistoryLength = 4;
    private const int Capacity = 200;

    [Fact]
    public void Touch_UnderChurnThatEvictsFromTheMiddleOfProbeRuns_FindsRecentUsersWithTheirOwnHistory()
    {
        // A small full table: clock and idle evictions remove index slots from the middle of probe runs. A user seen
        // a few messages ago cannot have been evicted yet (the hand spares a referenced user for a whole turn), so
        // they must be found with exactly the messages appended for them, and never with a neighbour's.
        var table = new UserTable(new SharedBudget(Capacity, 1), HistoryLength);
        var appended = new Dictionary<UserKey, (long LastSeen, int Count)>();
        var random = new Random(5);
        var recent = new HistoryEntry[HistoryLength];
        for (var clock = 1L; clock <= 20_000; clock++)
        {
            var key = new UserKey((ulong)random.Next(3), (ulong)random.Next(400));
            var slot = table.Touch(key, clock);
            var remembered = table.CopyHistory(slot, recent);
            var (lastSeen, count) = appended.GetValueOrDefault(key);
            if (clock - lastSeen < Capacity / 4)
            {
                Assert.Equal(Math.Min(count, HistoryLength), remembered);
            }
            else if (remembered != Math.Min(count, HistoryLength))
            {
                Assert.Equal(0, remembered);
                count = 0;
            }

            Assert.All(recent.AsSpan(0, remembered).ToArray(), entry => Assert.Equal(Tag(key), entry.ChannelId));
            table.Append(slot, new HistoryEntry(clock, Tag(key), (ulong)clock, 0));
            appended[key] = (clock, count + 1);
            if (clock % 1_000 == 0)
            {
                table.EvictIdle(clock - 300);
            }
        }

        Assert.InRange(table.Count, 1, Capacity);
    }

    private static ulong Tag(UserKey key) => (key.GuildId * 1_000) + key.UserId;
}
