using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Tests.Actions;

public sealed class ModerationExecutorTests
{
    private static ModerationRequest Timeout(string text = "you moron") => new()
    {
        Guild = ModerationHarness.Guild,
        User = ModerationHarness.Member,
        Action = CaseAction.Timeout,
        Channel = ModerationHarness.Watched,
        Message = new MessageId(77),
        Text = text,
        DeleteMessage = true,
        TimeoutDuration = TimeSpan.FromMinutes(10),
        AddStrike = true,
        Reasons = ["incivility 0.97 ≥ TIMEOUT 0.95"],
        Terms = ["moron"],
        Incivility = 0.97,
    };

    [Fact]
    public async Task ExecuteAsync_DiscordCalled_CaseAlreadyWrittenPendingAndMarkedOwn()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var seenDuringCall = new List<CaseOutcome>();
        var markedDuringCall = false;
        harness.Rest.BeforeCall = async call =>
        {
            if (call.Method == nameof(IDiscordRest.TimeoutMemberAsync))
            {
                seenDuringCall.AddRange((await harness.CasesAsync()).Select(c => c.Outcome));
                markedDuringCall = harness.Get<SelfActionTracker>().IsOwn(ModerationHarness.Guild, ModerationHarness.Member, SelfActionKind.Timeout);
            }
        };

        var result = await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout(), CancellationToken.None);

        Assert.Equal([CaseOutcome.Pending], seenDuringCall);
        Assert.True(markedDuringCall);
        var stored = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseOutcome.Done, 1, result.Id), (stored.Outcome, stored.Number, stored.Id));
        Assert.Equal(ModerationHarness.Start.AddMinutes(10), stored.ExpiresAt);
        Assert.Equal(
            [nameof(IDiscordRest.DeleteMessageAsync), nameof(IDiscordRest.TimeoutMemberAsync), nameof(IDiscordRest.SendMessageAsync)],
            harness.Rest.Calls.Select(c => c.Method));
        Assert.NotNull(stored.ModLogMessageId);
        Assert.Equal([AuditKinds.CaseCreated, AuditKinds.CaseDone], (await harness.AuditAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task ExecuteAsync_DiscordRefuses_CaseFailedWithReasonAndModLogSaysSo()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        harness.Rest.Fail(nameof(IDiscordRest.TimeoutMemberAsync), DiscordErrorKind.Forbidden, "Missing Permissions");

        await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout(), CancellationToken.None);

        var stored = Assert.Single(await harness.CasesAsync());
        Assert.Equal(CaseOutcome.Failed, stored.Outcome);
        Assert.Contains("timeout: Forbidden (Missing Permissions)", stored.OutcomeDetail, StringComparison.Ordinal);
        Assert.Contains(AuditKinds.CaseFailed, (await harness.AuditAsync()).Select(a => a.Kind));
        var post = Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.SendMessageAsync)));
        Assert.Contains(post.Message!.Embeds[0].Fields, f => f.Name == "Outcome" && f.Value.StartsWith("Failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_MessageAlreadyGone_CountsDeleteAsDone()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        harness.Rest.Fail(nameof(IDiscordRest.DeleteMessageAsync), DiscordErrorKind.NotFound, "Unknown Message");

        await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout() with { Action = CaseAction.Delete }, CancellationToken.None);

        Assert.Equal(CaseOutcome.Done, Assert.Single(await harness.CasesAsync()).Outcome);
    }

    [Fact]
    public async Task ExecuteAsync_WarnWithClosedDms_DoneAndDmFailureNoted()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        harness.Rest.Fail(nameof(IDiscordRest.SendDirectMessageAsync), DiscordErrorKind.Forbidden, "Cannot send messages to this user");

        await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout() with { Action = CaseAction.Warn }, CancellationToken.None);

        var stored = Assert.Single(await harness.CasesAsync());
        Assert.Equal(CaseOutcome.Done, stored.Outcome);
        Assert.Contains("dm: Forbidden", stored.OutcomeDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_Shadow_WritesShadowCaseAndCallsOnlyTheModLog()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout() with { Shadow = true }, CancellationToken.None);

        Assert.Equal(CaseOutcome.Shadow, Assert.Single(await harness.CasesAsync()).Outcome);
        Assert.Equal([nameof(IDiscordRest.SendMessageAsync)], harness.Rest.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task ExecuteAsync_UnsupportedAction_ThrowsBeforeWritingAnything()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            harness.Get<ModerationExecutor>().ExecuteAsync(Timeout() with { Action = CaseAction.Unban }, CancellationToken.None));

        Assert.Empty(await harness.CasesAsync());
        Assert.Empty(harness.Rest.Calls);
    }

    [Fact]
    public async Task CaseStore_NumbersPerGuildAndStrikesDecay()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var store = harness.Get<CaseStore>();
        var otherGuild = new GuildId(101);
        NewCase Case(GuildId guild) => new()
        {
            Guild = guild, User = ModerationHarness.Member, Action = CaseAction.Delete, Outcome = CaseOutcome.Done, StrikeLifetime = TimeSpan.FromDays(7),
        };

        var numbers = new[]
        {
            (await store.CreateAsync(Case(ModerationHarness.Guild), CancellationToken.None)).Number,
            (await store.CreateAsync(Case(otherGuild), CancellationToken.None)).Number,
            (await store.CreateAsync(Case(ModerationHarness.Guild), CancellationToken.None)).Number,
        };
        var activeNow = await store.CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, false, CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var activeLater = await store.CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, false, CancellationToken.None);

        Assert.Equal([1, 1, 2], numbers);
        Assert.Equal(2, activeNow);
        Assert.Equal(0, activeLater);
    }

    [Fact]
    public async Task CaseStore_ShadowStrikes_CountOnlyInShadowMode()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var store = harness.Get<CaseStore>();
        await store.CreateAsync(new NewCase
        {
            Guild = ModerationHarness.Guild, User = ModerationHarness.Member, Action = CaseAction.Warn, Outcome = CaseOutcome.Shadow, StrikeLifetime = TimeSpan.FromDays(7),
        }, CancellationToken.None);

        Assert.Equal(1, await store.CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, true, CancellationToken.None));
        Assert.Equal(0, await store.CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, false, CancellationToken.None));
    }

    [Fact]
    public async Task AuditTrail_IsAppendOnly()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        await harness.Get<ModerationExecutor>().ExecuteAsync(Timeout(), CancellationToken.None);

        await using var context = harness.Database.CreateDbContext();
        var entry = await context.CaseAudit.FirstAsync();
        entry.Detail = "rewritten";

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }
}
