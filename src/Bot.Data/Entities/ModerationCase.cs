namespace Bot.Data.Entities;

/// <summary>One entry of a guild's case history: a decision or action on a user, automatic or manual.</summary>
public sealed class ModerationCase
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }

    /// <summary>Per-guild case number shown to moderators (#1, #2...).</summary>
    public int Number { get; set; }

    public ulong UserId { get; set; }
    public ulong? ChannelId { get; set; }
    public ulong? MessageId { get; set; }

    /// <summary>A short excerpt of the message, kept so the case makes sense after the message is gone.</summary>
    public string? MessageExcerpt { get; set; }

    public CaseAction Action { get; set; }
    public CaseSource Source { get; set; }

    /// <summary>The moderator (or reporting member) behind the case; null when automatic.</summary>
    public ulong? ActorId { get; set; }

    public double? IncivilityScore { get; set; }
    public double? RepetitionScore { get; set; }
    public List<string> Reasons { get; set; } = [];
    public List<string> Terms { get; set; } = [];
    public string? Note { get; set; }

    public CaseOutcome Outcome { get; set; }
    public string? OutcomeDetail { get; set; }

    /// <summary>End of a timeout, when the action is one.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The mod-log message that shows this case, once posted.</summary>
    public ulong? ModLogMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RescindedAt { get; set; }
    public ulong? RescindedBy { get; set; }
    public string? RescindReason { get; set; }
}
