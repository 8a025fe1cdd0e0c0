namespace Bot.Discord.Gateway;

/// <summary>
/// The intents the bot identifies with (docs: events/gateway#list-of-intents):
/// GUILDS for GUILD_CREATE, channels, threads and roles; GUILD_MESSAGES for message create/update/delete;
/// MESSAGE_CONTENT (privileged) because auto-moderation reads what members write; GUILD_MODERATION for bans and
/// audit-log entries, which tell who made a manual action; GUILD_MEMBERS (privileged) for GUILD_MEMBER_UPDATE, the only
/// event that carries a timeout's end, so timeouts moderators set in Discord directly reach the case log.
/// </summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMembers = 1 << 1;
    public const int GuildModeration = 1 << 2;
    public const int GuildMessages = 1 << 9;
    public const int MessageContent = 1 << 15;

    public const int Bot = Guilds | GuildMembers | GuildModeration | GuildMessages | MessageContent;
}
