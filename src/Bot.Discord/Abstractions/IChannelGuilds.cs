namespace Bot.Discord.Abstractions;

/// <summary>Which guild a channel or thread belongs to, as the gateway reported it.</summary>
public interface IChannelGuilds
{
    /// <summary>The channel's guild; null when the gateway has not reported the channel (or it is not a guild channel).</summary>
    GuildId? GuildOf(ChannelId channel);
}

/// <summary>Checks of a channel named in a command option.</summary>
public static class ChannelGuildsExtensions
{
    /// <summary>
    /// True when <paramref name="channel"/> is the interaction's own channel or one the gateway reported in the
    /// interaction's guild. Without this check one server's admin could point the bot at another server's channel.
    /// </summary>
    public static bool IsInInteractionGuild(this IChannelGuilds? channels, Interaction interaction, ChannelId channel)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return channel == interaction.ChannelId || (interaction.GuildId is { } guild && channels?.GuildOf(channel) == guild);
    }
}
