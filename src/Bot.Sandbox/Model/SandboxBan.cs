namespace Bot.Sandbox.Model;

/// <summary>A guild ban.</summary>
public sealed record SandboxBan(ulong GuildId, ulong UserId, string? Reason);
