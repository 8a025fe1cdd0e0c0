namespace Bot.Discord.Gateway;

/// <summary>
/// The intents the bot identifies with (docs: events/gateway#list-of-intents):
/// GUILDS for GUILD_CREATE, channels, threads and roles; GUILD_MESSAGES for message create/update/delete;
/// MESSAGE_CONTENT (privileged) because auto-moderation reads what members write; GUILD_MODERATION for bans and
/// audit-log entries, which tell who made a manual action. GUILD_MEMBERS is privileged and left out: the bot learns
/// about members from messages and interactions, so it never needs the member list or member updates.
/// </summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildModeration = 1 << 2;
    public const int GuildMessages = 1 << 9;
    public const int MessageContent = 1 << 15;

    public const int Bot = Guilds | GuildModeration | GuildMessages | MessageContent;
}
