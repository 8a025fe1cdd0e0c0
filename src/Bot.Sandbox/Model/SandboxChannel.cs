namespace Bot.Sandbox.Model;

/// <summary>A channel: guild text (type 0), DM (1) or public thread (11).</summary>
public sealed record SandboxChannel(ulong Id, int Type, ulong? GuildId, string Name, ulong? ParentId, int RateLimitPerUser, ulong? OwnerId)
{
    public const int GuildText = 0;
    public const int DirectMessage = 1;
    public const int PublicThread = 11;
}
