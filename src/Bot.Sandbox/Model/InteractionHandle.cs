namespace Bot.Sandbox.Model;

/// <summary>An interaction the sandbox dispatched; pass it to <c>SandboxServer.WaitForInteractionResponseAsync</c>.</summary>
public sealed record InteractionHandle(ulong Id, string Token, int Type, ulong GuildId, ulong ChannelId, ulong UserId);
