using Bot.Data.Entities;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Actions;

/// <summary>
/// An action to take on a member, and everything its case records. Supported actions: Flag, Note, Report and Appeal
/// (recorded only), Delete, Warn (delete and DM), Timeout, RemoveTimeout, Kick, Ban.
/// </summary>
public sealed record ModerationRequest
{
    public required GuildId Guild { get; init; }
    public required UserId User { get; init; }
    public required CaseAction Action { get; init; }
    public CaseSource Source { get; init; } = CaseSource.Automatic;

    /// <summary>The moderator behind the request; null when automatic.</summary>
    public UserId? Actor { get; init; }

    public ChannelId? Channel { get; init; }
    public MessageId? Message { get; init; }

    /// <summary>The message's text, kept as the case's excerpt.</summary>
    public string? Text { get; init; }

    /// <summary>Whether <see cref="Message"/> is removed too (implied for Delete and Warn).</summary>
    public bool DeleteMessage { get; init; }

    /// <summary>Length of a Timeout (1 minute to 28 days).</summary>
    public TimeSpan? TimeoutDuration { get; init; }

    /// <summary>For Ban: how much of the member's recent history Discord deletes (0 to 7 days).</summary>
    public TimeSpan BanDeleteMessages { get; init; }

    /// <summary>Whether the member is told by DM (always for Warn).</summary>
    public bool NotifyByDirectMessage { get; init; }

    /// <summary>Whether the mod-log post carries an alert line.</summary>
    public bool AlertModerators { get; init; }

    /// <summary>Whether the case counts as a strike on the ladder.</summary>
    public bool AddStrike { get; init; }

    /// <summary>Shadow mode: write the case with outcome Shadow and call nothing.</summary>
    public bool Shadow { get; init; }

    public double? Incivility { get; init; }
    public double? Repetition { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public IReadOnlyList<string> Terms { get; init; } = [];
    public string? Note { get; init; }

    /// <summary>Whether the action only records (no Discord call).</summary>
    public bool IsRecordOnly => Action is CaseAction.Flag or CaseAction.Note or CaseAction.Report or CaseAction.Appeal;

    /// <summary>Whether the executor knows how to carry the action out.</summary>
    public bool IsSupported => IsRecordOnly || Action is CaseAction.Delete or CaseAction.Warn or CaseAction.Timeout
        or CaseAction.RemoveTimeout or CaseAction.Kick or CaseAction.Ban;
}
