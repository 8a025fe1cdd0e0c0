namespace Bot.Data.Entities;

/// <summary>An append-only line of the audit trail: a change to a case or to a guild's configuration.</summary>
public sealed class CaseAuditEntry
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }

    /// <summary>The case the entry is about; null for configuration changes.</summary>
    public long? CaseId { get; set; }

    /// <summary>Who made the change; null when the bot did.</summary>
    public ulong? ActorId { get; set; }

    /// <summary>A stable verb such as <c>case.created</c>, <c>case.rescinded</c>, <c>config.threshold</c>.</summary>
    public required string Kind { get; set; }

    public string? Detail { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
