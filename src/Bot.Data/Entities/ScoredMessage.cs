namespace Bot.Data.Entities;

/// <summary>The scores a message received; kept (bounded per guild) so admins can preview a threshold change.</summary>
public sealed class ScoredMessage
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public ulong MessageId { get; set; }
    public ulong UserId { get; set; }
    public double Incivility { get; set; }
    public double Repetition { get; set; }
    public string? Excerpt { get; set; }
    public DateTimeOffset ScoredAt { get; set; }
}
