namespace Bot.Discord.Abstractions;

/// <summary>Permission bits the bot checks (docs: topics/permissions#permissions-bitwise-permission-flags).</summary>
[Flags]
#pragma warning disable CA1711, CA2217 // Discord's own names; a 64-bit flag set, not a collection.
public enum DiscordPermissions : ulong
#pragma warning restore CA1711, CA2217
{
    None = 0,
    KickMembers = 1UL << 1,
    BanMembers = 1UL << 2,
    Administrator = 1UL << 3,
    ManageChannels = 1UL << 4,
    ManageGuild = 1UL << 5,
    ViewAuditLog = 1UL << 7,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    ManageMessages = 1UL << 13,
    EmbedLinks = 1UL << 14,
    ReadMessageHistory = 1UL << 16,
    ManageRoles = 1UL << 28,
    ManageThreads = 1UL << 34,
    CreatePublicThreads = 1UL << 35,
    SendMessagesInThreads = 1UL << 38,
    ModerateMembers = 1UL << 40,
}
