using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.ModLog;
using Bot.Moderation.Pipeline;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Manual;

/// <summary>
/// Opens cases (source ManualInDiscord) for timeouts, bans and kicks moderators make in Discord directly, so the case log
/// is complete. The bot's own actions are recognised by their marks and skipped. The audit-log entry, which may come
/// before or after the member event, names the moderator and the reason.
/// </summary>
public sealed partial class ManualActionRecorder(
    CaseStore cases,
    SelfActionTracker selfActions,
    ModLogPublisher modLog,
    TimeProvider timeProvider,
    ILogger<ManualActionRecorder> logger)
{
    private const string TakenInDiscord = "taken directly in Discord";
    private static readonly TimeSpan AuditMatchWindow = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan EchoTolerance = TimeSpan.FromSeconds(2);

    // The last timeout end seen per member, so role or nickname updates during a timeout open no new case.
    private readonly RecentCache<(GuildId, UserId), DateTimeOffset?> _timeouts = new(100_000);
    private readonly RecentCache<(GuildId, ulong, CaseAction), AuditInfo> _auditInfo = new(10_000);

    public async Task HandleAsync(MemberUpdated updated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var key = (updated.GuildId, updated.User.Id);
        var until = updated.Member.CommunicationDisabledUntil;
        var now = timeProvider.GetUtcNow();
        var known = _timeouts.TryGet(key, out var previous);
        if (until is not { } end || end <= now)
        {
            _timeouts.Set(key, null);
            if (known && previous is { } previousEnd && previousEnd > now && !selfActions.IsOwn(updated.GuildId, updated.User.Id, SelfActionKind.RemoveTimeout))
            {
                await OpenAsync(updated.GuildId, updated.User.Id, CaseAction.RemoveTimeout, null, cancellationToken);
            }

            return;
        }

        if (known && previous is { } seen && (seen - end).Duration() < EchoTolerance)
        {
            return;
        }

        _timeouts.Set(key, end);
        if (selfActions.IsOwn(updated.GuildId, updated.User.Id, SelfActionKind.Timeout))
        {
            return;
        }

        // After a restart the memory is empty: the case log tells whether this timeout is already recorded.
        var recorded = await cases.FindRecentAsync(updated.GuildId, updated.User.Id, CaseAction.Timeout, now - DiscordActionRunner.MaxTimeout, cancellationToken);
        if (recorded?.ExpiresAt is { } recordedEnd && (recordedEnd - end).Duration() < EchoTolerance)
        {
            return;
        }

        await OpenAsync(updated.GuildId, updated.User.Id, CaseAction.Timeout, end, cancellationToken);
    }

    public async Task HandleAsync(MemberBanned banned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(banned);
        if (selfActions.IsOwn(banned.GuildId, banned.User.Id, SelfActionKind.Ban))
        {
            return;
        }

        var recent = await cases.FindRecentAsync(banned.GuildId, banned.User.Id, CaseAction.Ban, timeProvider.GetUtcNow() - AuditMatchWindow, cancellationToken);
        if (recent is null)
        {
            await OpenAsync(banned.GuildId, banned.User.Id, CaseAction.Ban, null, cancellationToken);
        }
    }

    public async Task HandleAsync(AuditLogEntryCreated entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.TargetId is not { } target || entry.ExecutorId is not { } executor || executor == selfActions.BotUser)
        {
            return;
        }

        var action = entry.ActionType switch
        {
            AuditLogActionType.MemberKick => CaseAction.Kick,
            AuditLogActionType.MemberBanAdd => CaseAction.Ban,
            AuditLogActionType.MemberUpdate => CaseAction.Timeout,
            _ => (CaseAction?)null,
        };
        if (action is not { } caseAction)
        {
            return;
        }

        var user = new UserId(target);
        var now = timeProvider.GetUtcNow();
        if (caseAction == CaseAction.Kick)
        {
            // A kick has no other gateway event: the audit entry is the only sign of it.
            if (!selfActions.IsOwn(entry.GuildId, user, SelfActionKind.Kick))
            {
                await OpenAsync(entry.GuildId, user, CaseAction.Kick, null, cancellationToken, new AuditInfo(executor, entry.Reason, now));
            }

            return;
        }

        var open = await cases.FindRecentAsync(entry.GuildId, user, caseAction, now - AuditMatchWindow, cancellationToken);
        if (open is { Source: CaseSource.ManualInDiscord, ActorId: null })
        {
            await cases.SetActorAsync(open.Id, executor, entry.Reason, cancellationToken);
            return;
        }

        // The member event has not come yet (or this update was no timeout): keep the entry for a short while.
        _auditInfo.Set((entry.GuildId, target, caseAction), new AuditInfo(executor, entry.Reason, now));
    }

    private async Task OpenAsync(GuildId guild, UserId user, CaseAction action, DateTimeOffset? until, CancellationToken cancellationToken, AuditInfo? audit = null)
    {
        if (audit is null && _auditInfo.TryGet((guild, user.Value, action), out var stashed) && timeProvider.GetUtcNow() - stashed.SeenAt < AuditMatchWindow)
        {
            audit = stashed;
            _auditInfo.Remove((guild, user.Value, action));
        }

        var moderationCase = await cases.CreateAsync(new NewCase
        {
            Guild = guild,
            User = user,
            Action = action,
            Outcome = CaseOutcome.Done,
            Source = CaseSource.ManualInDiscord,
            Actor = audit?.Executor,
            Note = audit?.Reason,
            OutcomeDetail = TakenInDiscord,
            ExpiresAt = until,
        }, cancellationToken);
        LogManualCase(logger, moderationCase.Number, action, guild, user);
        await modLog.PostAsync(moderationCase, null, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber}: manual {Action} in guild {GuildId} on user {UserId}")]
    private static partial void LogManualCase(ILogger logger, int caseNumber, CaseAction action, GuildId guildId, UserId userId);

    private sealed record AuditInfo(UserId Executor, string? Reason, DateTimeOffset SeenAt);
}
