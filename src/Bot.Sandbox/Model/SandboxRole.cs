namespace Bot.Sandbox.Model;

/// <summary>A guild role; the @everyone role has the guild's id.</summary>
public sealed record SandboxRole(ulong Id, ulong GuildId, string Name, int Position, ulong Permissions);
