using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.ModLog;
using Bot.Moderation.Settings;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Actions;

/// <summary>
/// Takes a moderation action in a fixed order: mark it as the bot's own (so Discord's echo opens no second case),
/// write the case Pending, call Discord, record Done or Failed with the reason, post the mod-log embed.
/// A failed call is never recorded as done; a process killed between the steps leaves a Pending case that
/// <see cref="PendingCaseSettler"/> settles on the next start.
/// </summary>
public sealed class ModerationExecutor(
    IDiscordRest rest,
    CaseStore cases,
    IGuildPolicyCache policies,
    SelfActionTracker selfActions,
    ModLogPublisher modLog,
    TimeProvider timeProvider,
    ILogger<ModerationExecutor> logger)
{
    private readonly DiscordActionRunner _runner = new(rest);

    public async Task<ModerationCase> ExecuteAsync(ModerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsSupported)
        {
            throw new ArgumentException($"The executor cannot carry out {request.Action}.", nameof(request));
        }

        var policy = await policies.GetAsync(request.Guild, cancellationToken);
        var outcome = request.Shadow ? CaseOutcome.Shadow : request.IsRecordOnly ? CaseOutcome.Recorded : CaseOutcome.Pending;
        if (outcome == CaseOutcome.Pending)
        {
            MarkOwn(request);
        }

        var moderationCase = await cases.CreateAsync(ToNewCase(request, outcome, policy), cancellationToken);
        if (outcome == CaseOutcome.Pending)
        {
            var deleteMessage = request.DeleteMessage || request.Action is CaseAction.Delete or CaseAction.Warn;
            var report = await _runner.ApplyAsync(moderationCase, deleteMessage, request.BanDeleteMessages, cancellationToken);
            if (report.Succeeded && (request.NotifyByDirectMessage || request.Action == CaseAction.Warn))
            {
                await _runner.NotifyAsync(moderationCase, report, cancellationToken);
            }

            moderationCase.Outcome = report.Succeeded ? CaseOutcome.Done : CaseOutcome.Failed;
            moderationCase.OutcomeDetail = report.Detail;
            await cases.SetOutcomeAsync(moderationCase.Id, moderationCase.Outcome, report.Detail,
                report.Succeeded ? AuditKinds.CaseDone : AuditKinds.CaseFailed, cancellationToken);
            if (!report.Succeeded)
            {
                logger.LogWarning("Case {CaseNumber} ({Action}) in guild {GuildId} failed: {Detail}",
                    moderationCase.Number, moderationCase.Action, moderationCase.GuildId, report.Detail);
            }
        }

        await modLog.PostAsync(moderationCase, request.AlertModerators ? AlertText(moderationCase) : null, cancellationToken);
        return moderationCase;
    }

    private void MarkOwn(ModerationRequest request)
    {
        var kind = request.Action switch
        {
            CaseAction.Timeout => SelfActionKind.Timeout,
            CaseAction.RemoveTimeout => SelfActionKind.RemoveTimeout,
            CaseAction.Kick => SelfActionKind.Kick,
            CaseAction.Ban => SelfActionKind.Ban,
            _ => (SelfActionKind?)null,
        };
        if (kind is { } ownKind)
        {
            selfActions.Mark(request.Guild, request.User, ownKind);
        }
    }

    private NewCase ToNewCase(ModerationRequest request, CaseOutcome outcome, GuildPolicy policy)
    {
        DateTimeOffset? expiresAt = null;
        if (request.Action == CaseAction.Timeout)
        {
            var duration = request.TimeoutDuration ?? policy.Timeout;
            duration = duration < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : duration > DiscordActionRunner.MaxTimeout ? DiscordActionRunner.MaxTimeout : duration;
            // Whole seconds: the gateway echoes the timeout end at second precision, and the echo is matched against it.
            expiresAt = DateTimeOffset.FromUnixTimeSeconds((timeProvider.GetUtcNow() + duration).ToUnixTimeSeconds());
        }

        return new NewCase
        {
            Guild = request.Guild,
            User = request.User,
            Action = request.Action,
            Outcome = outcome,
            Source = request.Source,
            Actor = request.Actor,
            Channel = request.Channel,
            Message = request.Message,
            Text = request.Text,
            Incivility = request.Incivility,
            Repetition = request.Repetition,
            Reasons = request.Reasons,
            Terms = request.Terms,
            Note = request.Note,
            ExpiresAt = expiresAt,
            StrikeLifetime = request.AddStrike ? policy.StrikeDecay : null,
        };
    }

    private static string AlertText(ModerationCase moderationCase) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"⚠️ Alert: <@{moderationCase.UserId}> reached the top of the strike ladder (case #{moderationCase.Number}).");
}
