using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.ModLog;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Actions;

/// <summary>
/// Settles cases a killed process left Pending: a timeout still in force on Discord is confirmed, anything else is
/// re-applied (every step is idempotent) and recorded Done or Failed. Then posts settled cases the mod log never got.
/// </summary>
public sealed class PendingCaseSettler(
    IDiscordRest rest,
    CaseStore cases,
    SelfActionTracker selfActions,
    ModLogPublisher modLog,
    TimeProvider timeProvider,
    ILogger<PendingCaseSettler> logger)
{
    private static readonly TimeSpan UnpostedLookBack = TimeSpan.FromDays(1);
    private readonly DiscordActionRunner _runner = new(rest);

    /// <summary>Settles every Pending case; returns how many were settled.</summary>
    public async Task<int> SettleAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        var pending = await cases.ListPendingAsync(cancellationToken);
        foreach (var moderationCase in pending)
        {
            var (outcome, detail) = await SettleOneAsync(moderationCase, cancellationToken);
            await cases.SetOutcomeAsync(moderationCase.Id, outcome, detail, AuditKinds.CaseSettled, cancellationToken);
            logger.LogInformation("Settled pending case {CaseNumber} in guild {GuildId} as {Outcome}: {Detail}",
                moderationCase.Number, moderationCase.GuildId, outcome, detail);
        }

        foreach (var unposted in await cases.ListUnpostedAsync(started - UnpostedLookBack, cancellationToken))
        {
            await modLog.PostAsync(unposted, null, cancellationToken);
        }

        return pending.Count;
    }

    private async Task<(CaseOutcome Outcome, string Detail)> SettleOneAsync(ModerationCase moderationCase, CancellationToken cancellationToken)
    {
        var guild = new GuildId(moderationCase.GuildId);
        var user = new UserId(moderationCase.UserId);
        if (moderationCase.Action == CaseAction.Timeout && moderationCase.ExpiresAt is { } until)
        {
            if (until <= timeProvider.GetUtcNow())
            {
                return (CaseOutcome.Failed, "settled after restart: the timeout window passed before it could be confirmed");
            }

            var member = await rest.GetMemberAsync(guild, user, cancellationToken);
            if (member.IsSuccess && member.Value!.CommunicationDisabledUntil is { } current && Math.Abs((current - until).TotalSeconds) < 2)
            {
                return (CaseOutcome.Done, "settled after restart: timeout confirmed on Discord");
            }
        }

        var ownKind = moderationCase.Action switch
        {
            CaseAction.Timeout => SelfActionKind.Timeout,
            CaseAction.RemoveTimeout => SelfActionKind.RemoveTimeout,
            CaseAction.Kick => SelfActionKind.Kick,
            CaseAction.Ban => SelfActionKind.Ban,
            _ => (SelfActionKind?)null,
        };
        if (ownKind is { } kind)
        {
            selfActions.Mark(guild, user, kind);
        }

        // Automatic cases always removed the message; a moderator's case named one only when it was to go.
        var deleteMessage = moderationCase.MessageId is not null
            && (moderationCase.Source == CaseSource.Automatic || moderationCase.Action is CaseAction.Delete or CaseAction.Warn);
        var report = await _runner.ApplyAsync(moderationCase, deleteMessage, TimeSpan.Zero, cancellationToken);
        return (report.Succeeded ? CaseOutcome.Done : CaseOutcome.Failed, "settled after restart: re-applied; " + report.Detail);
    }
}
