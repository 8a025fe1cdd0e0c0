namespace Bot.Data.Entities;

/// <summary>A moderator's verdict on a scored message, kept as labeled data for retraining.</summary>
public sealed class ScoreFeedback
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public long? CaseId { get; set; }
    public required string Text { get; set; }

    /// <summary>True when the moderator confirmed the message as uncivil; false for "not uncivil".</summary>
    public bool Uncivil { get; set; }

    public ulong ModeratorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
