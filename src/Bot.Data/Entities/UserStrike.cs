namespace Bot.Data.Entities;

/// <summary>A strike against a user; it counts towards the ladder until it decays or is pardoned.</summary>
public sealed class UserStrike
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? PardonedAt { get; set; }
}
