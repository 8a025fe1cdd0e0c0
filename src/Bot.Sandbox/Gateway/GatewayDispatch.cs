using System.Text.Json.Nodes;

namespace Bot.Sandbox.Gateway;

/// <summary>
/// One event for the shards: its name, the guild that picks the shard (null goes to shard 0), the intent a session
/// needs to receive it, and the payload with a content-stripped variant for sessions without MESSAGE_CONTENT.
/// </summary>
internal sealed record GatewayDispatch(string Name, ulong? GuildId, long RequiredIntent, JsonObject Payload, JsonObject? WithoutContent = null);
