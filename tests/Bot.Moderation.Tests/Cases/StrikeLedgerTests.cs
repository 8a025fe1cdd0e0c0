using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Tests.Cases;

public sealed class StrikeLedgerTests
{
    private static readonly UserId Other = new(501);

    [Fact]
    public async Task Strikes_DecayWithTheClock()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var store = harness.Get<CaseStore>();
        await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromDays(3));
        await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);

        var both = await CountAsync(harness, ModerationHarness.Member);
        harness.Time.Advance(TimeSpan.FromDays(4));
        var second = await CountAsync(harness, ModerationHarness.Member);
        harness.Time.Advance(TimeSpan.FromDays(3));
        var none = await CountAsync(harness, ModerationHarness.Member);

        Assert.Equal((2, 1, 0), (both, second, none));
    }

    [Fact]
    public async Task Pardons_ByUndoOrNotUncivil_RemoveOnlyThatCasesStrike()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var store = harness.Get<CaseStore>();
        var first = await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);
        var second = await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);
        await store.CreateAsync(Strike(Other, TimeSpan.FromDays(7)), CancellationToken.None);

        await store.RescindAsync(first.Id, ModerationHarness.Owner, "mistake", CancellationToken.None);
        var afterUndo = await CountAsync(harness, ModerationHarness.Member);
        await store.AddFeedbackAsync(second.Id, ModerationHarness.Owner, uncivil: false, CancellationToken.None);
        var afterNotUncivil = await CountAsync(harness, ModerationHarness.Member);

        Assert.Equal((1, 0, 1), (afterUndo, afterNotUncivil, await CountAsync(harness, Other)));
    }

    [Fact]
    public async Task Restart_LoadsActiveStrikesOnce_ThenCountsWithoutTheDatabase()
    {
        await using var database = await Bot.Testing.TestDatabase.CreateAsync();
        await using (var previous = await ModerationHarness.CreateAsync(database: database))
        {
            var store = previous.Get<CaseStore>();
            await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);
            await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromHours(1)), CancellationToken.None);
            var pardoned = await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)), CancellationToken.None);
            await store.RescindAsync(pardoned.Id, ModerationHarness.Owner, "mistake", CancellationToken.None);
            await store.CreateAsync(Strike(ModerationHarness.Member, TimeSpan.FromDays(7)) with { Outcome = CaseOutcome.Shadow }, CancellationToken.None);
        }

        await using var harness = await ModerationHarness.CreateAsync(database: database);
        harness.Time.Advance(TimeSpan.FromHours(2));
        var contexts = new CountingContextFactory(database);
        using var ledger = new StrikeLedger(contexts, harness.Time);

        var enforced = await ledger.CountAsync(ModerationHarness.Guild, ModerationHarness.Member, shadow: false, CancellationToken.None);
        var opened = contexts.Created;
        var shadow = await ledger.CountAsync(ModerationHarness.Guild, ModerationHarness.Member, shadow: true, CancellationToken.None);
        await ledger.CountAsync(ModerationHarness.Guild, Other, shadow: false, CancellationToken.None);

        Assert.Equal((1, 2), (enforced, shadow));
        Assert.Equal((1, 1), (opened, contexts.Created));
    }

    private static async Task<int> CountAsync(ModerationHarness harness, UserId user) =>
        await harness.Get<CaseStore>().CountActiveStrikesAsync(ModerationHarness.Guild, user, shadow: false, CancellationToken.None);

    private static NewCase Strike(UserId user, TimeSpan lifetime) => new()
    {
        Guild = ModerationHarness.Guild,
        User = user,
        Action = CaseAction.Warn,
        Outcome = CaseOutcome.Done,
        Text = "you idiot",
        StrikeLifetime = lifetime,
    };

    /// <summary>Counts the database contexts opened, to show where the database is read.</summary>
    private sealed class CountingContextFactory(IDbContextFactory<BotDbContext> inner) : IDbContextFactory<BotDbContext>
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public BotDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateDbContext();
        }
    }
}
