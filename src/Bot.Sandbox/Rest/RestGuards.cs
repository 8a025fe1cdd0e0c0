using Bot.Sandbox.State;

namespace Bot.Sandbox.Rest;

/// <summary>Lookups and permission checks shared by handlers; each returns the Discord error to answer, or null.</summary>
internal static class RestGuards
{
    public static RestResult? Channel(RestRequest request, out ChannelState channel)
    {
        if (request.World.Channels.TryGetValue(request.Id("channel_id"), out channel!))
        {
            return null;
        }

        return RestResult.NotFound(10003, "Channel");
    }

    public static RestResult? Guild(RestRequest request, out GuildState guild)
    {
        if (request.World.Guilds.TryGetValue(request.Id("guild_id"), out guild!))
        {
            return null;
        }

        return RestResult.NotFound(10004, "Guild");
    }

    public static RestResult? Message(RestRequest request, ChannelState channel, out MessageState message)
    {
        if (request.World.Messages.TryGetValue(request.Id("message_id"), out message!) && message.ChannelId == channel.Id && !message.Deleted && message.Visible)
        {
            return null;
        }

        return RestResult.NotFound(10008, "Message");
    }

    /// <summary>403 50013 unless the bot holds <paramref name="permission"/> where the channel lives (DMs need none).</summary>
    public static RestResult? BotCan(World world, ChannelState channel, ulong permission) =>
        channel.GuildId is { } guildId ? BotCan(world, world.Guilds[guildId], permission) : null;

    public static RestResult? BotCan(World world, GuildState guild, ulong permission) =>
        (World.ComputePermissions(guild, world.Bot.Id) & permission) == permission ? null : RestResult.MissingPermissions();
}
