using System.Text.Json;

namespace Bot.Sandbox.Gateway;

/// <summary>The parts of an op 2 Identify the sandbox checks: token, intents and shard (docs: events/gateway-events#identify).</summary>
internal sealed record IdentifyRequest(string Token, long Intents, int ShardId, int ShardCount, (int Code, string Reason)? Error)
{
    public static IdentifyRequest Parse(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return Fail(GatewayOpcodes.DecodeError, "Invalid identify payload.");
        }

        if (!data.TryGetProperty("intents", out var intents) || !intents.TryGetInt64(out var intentBits))
        {
            return Fail(GatewayOpcodes.InvalidIntents, "Invalid intent(s).");
        }

        var shardId = 0;
        var shardCount = 1;
        if (data.TryGetProperty("shard", out var shard) && shard.ValueKind != JsonValueKind.Null)
        {
            if (shard.ValueKind != JsonValueKind.Array || shard.GetArrayLength() != 2
                || !shard[0].TryGetInt32(out shardId) || !shard[1].TryGetInt32(out shardCount)
                || shardCount < 1 || shardId < 0 || shardId >= shardCount)
            {
                return Fail(GatewayOpcodes.InvalidShard, "Invalid shard.");
            }
        }

        return new IdentifyRequest(token.GetString()!, intentBits, shardId, shardCount, null);
    }

    private static IdentifyRequest Fail(int code, string reason) => new("", 0, 0, 1, (code, reason));
}
