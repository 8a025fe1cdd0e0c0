using System.Text.Json.Nodes;

namespace Bot.Sandbox.Model;

/// <summary>A registered application command; <see cref="Definition"/> is the JSON the bot sent, plus id and application_id.</summary>
public sealed record SandboxCommand(ulong Id, ulong? GuildId, string Name, int Type, JsonObject Definition);
