namespace Bot.Data.Entities;

/// <summary>A role, channel or user that moderation leaves alone.</summary>
public sealed class Exemption
{
    public ulong GuildId { get; set; }
    public ulong TargetId { get; set; }
    public ExemptionKind Kind { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
