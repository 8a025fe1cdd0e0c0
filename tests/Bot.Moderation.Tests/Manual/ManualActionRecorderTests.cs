using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Manual;
using Bot.Moderation.Tests.Support;

namespace Bot.Moderation.Tests.Manual;

public sealed class ManualActionRecorderTests
{
    private static readonly UserId Moderator = new(700);
    private static readonly DiscordUser Target = new(ModerationHarness.Member, "member", null, false);

    private static MemberUpdated TimedOut(DateTimeOffset? until) =>
        new(ModerationHarness.Guild, Target, new GuildMember(Target.Id, [], null, null, until));

    [Fact]
    public async Task TimeoutInDiscord_ThenAuditEntry_OneManualCaseWithModerator()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var recorder = harness.Get<ManualActionRecorder>();
        var until = harness.Time.GetUtcNow().AddHours(1);

        await recorder.HandleAsync(TimedOut(until), CancellationToken.None);
        await recorder.HandleAsync(TimedOut(until), CancellationToken.None);
        await recorder.HandleAsync(new AuditLogEntryCreated(ModerationHarness.Guild, AuditLogActionType.MemberUpdate, Moderator, Target.Id.Value, "spam"), CancellationToken.None);

        var moderationCase = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Timeout, CaseSource.ManualInDiscord, Moderator.Value, "spam", until), (moderationCase.Action, moderationCase.Source, moderationCase.ActorId, moderationCase.Note, moderationCase.ExpiresAt));
        Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.SendMessageAsync)));
    }

    [Fact]
    public async Task AuditEntryFirst_ThenBan_CaseCarriesModeratorAndReason()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var recorder = harness.Get<ManualActionRecorder>();

        await recorder.HandleAsync(new AuditLogEntryCreated(ModerationHarness.Guild, AuditLogActionType.MemberBanAdd, Moderator, Target.Id.Value, "raid"), CancellationToken.None);
        await recorder.HandleAsync(new MemberBanned(ModerationHarness.Guild, Target), CancellationToken.None);
        await recorder.HandleAsync(new MemberBanned(ModerationHarness.Guild, Target), CancellationToken.None);

        var moderationCase = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Ban, Moderator.Value, "raid"), (moderationCase.Action, moderationCase.ActorId, moderationCase.Note));
    }

    [Fact]
    public async Task KickInAuditLog_OpensKickCase()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await harness.Get<ManualActionRecorder>().HandleAsync(
            new AuditLogEntryCreated(ModerationHarness.Guild, AuditLogActionType.MemberKick, Moderator, Target.Id.Value, null), CancellationToken.None);

        Assert.Equal(CaseAction.Kick, Assert.Single(await harness.CasesAsync()).Action);
    }

    [Fact]
    public async Task BotsOwnTimeoutEcho_OpensNoSecondCase()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var executed = await harness.Get<ModerationExecutor>().ExecuteAsync(new ModerationRequest
        {
            Guild = ModerationHarness.Guild, User = Target.Id, Action = CaseAction.Timeout, TimeoutDuration = TimeSpan.FromMinutes(10),
        }, CancellationToken.None);
        var recorder = harness.Get<ManualActionRecorder>();

        await recorder.HandleAsync(TimedOut(executed.ExpiresAt), CancellationToken.None);
        await recorder.HandleAsync(new AuditLogEntryCreated(ModerationHarness.Guild, AuditLogActionType.MemberUpdate, ModerationHarness.BotUser, Target.Id.Value, "NewsMod"), CancellationToken.None);

        Assert.Single(await harness.CasesAsync());
    }

    [Fact]
    public async Task BotsOwnTimeoutEchoAfterRestart_RecognisedFromCaseLog()
    {
        await using var database = await Bot.Testing.TestDatabase.CreateAsync();
        DateTimeOffset? until;
        await using (var before = await ModerationHarness.CreateAsync(database: database))
        {
            until = (await before.Get<ModerationExecutor>().ExecuteAsync(new ModerationRequest
            {
                Guild = ModerationHarness.Guild, User = Target.Id, Action = CaseAction.Timeout, TimeoutDuration = TimeSpan.FromMinutes(10),
            }, CancellationToken.None)).ExpiresAt;
        }

        await using var after = await ModerationHarness.CreateAsync(database: database);
        await after.Get<ManualActionRecorder>().HandleAsync(TimedOut(until), CancellationToken.None);

        Assert.Single(await after.CasesAsync());
    }

    [Fact]
    public async Task RoleChangeDuringKnownTimeout_OpensNothingButManualRemovalIsRecorded()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var recorder = harness.Get<ManualActionRecorder>();
        var until = harness.Time.GetUtcNow().AddHours(1);

        await recorder.HandleAsync(TimedOut(until), CancellationToken.None);
        await recorder.HandleAsync(new MemberUpdated(ModerationHarness.Guild, Target, new GuildMember(Target.Id, [new RoleId(5)], "nick", null, until)), CancellationToken.None);
        await recorder.HandleAsync(TimedOut(null), CancellationToken.None);

        Assert.Equal([CaseAction.Timeout, CaseAction.RemoveTimeout], (await harness.CasesAsync()).Select(c => c.Action));
    }
}
