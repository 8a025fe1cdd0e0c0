namespace Bot.Sandbox.Model;

/// <summary>A guild of the sandbox world; <see cref="BotRoleId"/> is the bot's managed role.</summary>
public sealed record SandboxGuild(ulong Id, string Name, ulong OwnerId, ulong BotRoleId);
