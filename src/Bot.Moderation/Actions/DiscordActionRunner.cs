using System.Globalization;
using System.Text;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Actions;

/// <summary>
/// Carries a case's action out on Discord, step by step, and says whether every required step succeeded.
/// Each step is idempotent, so a case left Pending by a killed process can be re-applied safely.
/// </summary>
internal sealed class DiscordActionRunner(IDiscordRest rest)
{
    /// <summary>Longest timeout Discord accepts.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(28);

    public async Task<StepReport> ApplyAsync(ModerationCase moderationCase, bool deleteMessage, TimeSpan banDeleteMessages, CancellationToken cancellationToken)
    {
        var guild = new GuildId(moderationCase.GuildId);
        var user = new UserId(moderationCase.UserId);
        var reason = AuditReason(moderationCase);
        var report = new StepReport();
        if (deleteMessage && moderationCase is { ChannelId: { } channel, MessageId: { } message })
        {
            var deleted = await rest.DeleteMessageAsync(new ChannelId(channel), new MessageId(message), reason, cancellationToken);
            // A message that is already gone is what the step wanted.
            report.Add("delete", deleted.Error is { Kind: DiscordErrorKind.NotFound } ? DiscordResult.Success : deleted, required: true);
        }

        switch (moderationCase.Action)
        {
            case CaseAction.Timeout when moderationCase.ExpiresAt is { } until:
                report.Add("timeout", await rest.TimeoutMemberAsync(guild, user, until, reason, cancellationToken), required: true);
                break;
            case CaseAction.RemoveTimeout:
                report.Add("remove timeout", await rest.RemoveTimeoutAsync(guild, user, reason, cancellationToken), required: true);
                break;
            case CaseAction.Kick:
                report.Add("kick", await rest.KickMemberAsync(guild, user, reason, cancellationToken), required: true);
                break;
            case CaseAction.Ban:
                report.Add("ban", await rest.BanMemberAsync(guild, user, banDeleteMessages, reason, cancellationToken), required: true);
                break;
        }

        return report;
    }

    /// <summary>Tells the member what happened; a closed DM inbox is noted, it does not fail the case.</summary>
    public async Task NotifyAsync(ModerationCase moderationCase, StepReport report, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"A moderator bot acted on your message in <#{moderationCase.ChannelId}>: {Describe(moderationCase)}.");
        if (moderationCase.Reasons.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Reason: {moderationCase.Reasons[0]}.");
        }

        text.Append(CultureInfo.InvariantCulture, $" (case #{moderationCase.Number})");
        var sent = await rest.SendDirectMessageAsync(new UserId(moderationCase.UserId), new OutgoingMessage { Content = text.ToString() }, cancellationToken);
        report.Add("dm", sent.WithoutValue(), required: false);
    }

    private static string Describe(ModerationCase moderationCase) => moderationCase.Action switch
    {
        CaseAction.Timeout => string.Create(CultureInfo.InvariantCulture, $"removed, and you are timed out until <t:{moderationCase.ExpiresAt?.ToUnixTimeSeconds()}:f>"),
        CaseAction.Kick => "removed, and you were kicked",
        CaseAction.Ban => "removed, and you were banned",
        _ => "it was removed as a warning; repeated incivility leads to timeouts",
    };

    private static string AuditReason(ModerationCase moderationCase)
    {
        var reason = moderationCase.Reasons.Count > 0 ? moderationCase.Reasons[0] : moderationCase.Note ?? moderationCase.Action.ToString();
        var text = string.Create(CultureInfo.InvariantCulture, $"NewsMod case #{moderationCase.Number}: {reason}");
        return text.Length <= 512 ? text : text[..512];
    }
}
