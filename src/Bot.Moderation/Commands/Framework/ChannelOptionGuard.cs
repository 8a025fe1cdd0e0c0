using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Refuses a channel option that is not a channel of the command's own server.</summary>
public sealed class ChannelOptionGuard(IChannelGuilds channels)
{
    /// <summary>The channel, when it belongs to the interaction's guild; otherwise a clear refusal.</summary>
    public ChannelId EnsureInGuild(CommandContext context, ChannelId channel)
    {
        ArgumentNullException.ThrowIfNull(context);
        return channels.IsInInteractionGuild(context.Interaction, channel)
            ? channel
            : throw new CommandInputException($"<#{channel}> is not a channel of this server. Pick one of this server's channels.");
    }
}
