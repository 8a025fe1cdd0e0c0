namespace Bot.Discord.Abstractions;

/// <summary>Which guild a channel or thread belongs to, as the gateway reported it.</summary>
public interface IChannelGuilds
{
    /// <summary>The channel's guild; null when the gateway has not reported the channel (or it is not a guild channel).</summary>
    GuildId? GuildOf(ChannelId channel);
}
