using System.Buffers;
using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>Writes the payloads the client sends (docs: events/gateway-events#send-events).</summary>
internal static class GatewayCommands
{
    /// <summary>The gateway closes with 4002 on a larger payload (docs: events/gateway#sending-events).</summary>
    public const int MaxPayloadBytes = 4096;

    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpcode.Heartbeat, w =>
    {
        if (sequence is { } s)
            w.WriteNumberValue(s);
        else
            w.WriteNullValue();
    });

    /// <summary>op 2; the token goes in raw, without the "Bot " prefix.</summary>
    public static byte[] Identify(string token, int intents, int shardId, int shardCount) => Write(GatewayOpcode.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteNumber("intents", intents);
        w.WriteStartArray("shard");
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("os", Environment.OSVersion.Platform.ToString());
        w.WriteString("browser", "newsmod");
        w.WriteString("device", "newsmod");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>op 6 with the session to resume and the last sequence received.</summary>
    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(GatewayOpcode.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
            w.WriteNumber("seq", s);
        else
            w.WriteNull("seq");
        w.WriteEndObject();
    });

    private static byte[] Write(int op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
