namespace Bot.Sandbox.Model;

/// <summary>A user of the sandbox world.</summary>
public sealed record SandboxUser(ulong Id, string Name, bool Bot);
