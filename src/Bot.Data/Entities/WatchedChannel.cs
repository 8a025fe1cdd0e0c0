namespace Bot.Data.Entities;

/// <summary>A channel (and its threads) whose messages are scored.</summary>
public sealed class WatchedChannel
{
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
