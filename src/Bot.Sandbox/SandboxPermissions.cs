namespace Bot.Sandbox;

/// <summary>Permission bits the sandbox checks (docs: topics/permissions#permissions-bitwise-permission-flags).</summary>
public static class SandboxPermissions
{
    public const ulong KickMembers = 1UL << 1;
    public const ulong BanMembers = 1UL << 2;
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewAuditLog = 1UL << 7;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong ManageRoles = 1UL << 28;
    public const ulong ManageThreads = 1UL << 34;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong SendMessagesInThreads = 1UL << 38;
    public const ulong ModerateMembers = 1UL << 40;

    /// <summary>All bits; what the owner and administrators have.</summary>
    public const ulong All = (1UL << 51) - 1;

    /// <summary>What @everyone gets in a new sandbox guild.</summary>
    public const ulong DefaultEveryone = ViewChannel | SendMessages | ReadMessageHistory | EmbedLinks | CreatePublicThreads | SendMessagesInThreads;

    /// <summary>What the bot's managed role gets unless <see cref="SandboxOptions.DefaultBotPermissions"/> says otherwise.</summary>
    public const ulong DefaultBot = DefaultEveryone | KickMembers | BanMembers | ManageChannels | ViewAuditLog | ManageMessages
        | ManageThreads | ModerateMembers;
}
