using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>
/// The envelope of a gateway payload <c>{op, d, s, t}</c> (docs: events/gateway-events#payload-structure).
/// <see cref="Data"/> is the raw bytes of <c>d</c>, decoded later only for the events the bot uses.
/// </summary>
internal readonly record struct GatewayFrame(int Op, long? Sequence, string? EventName, ReadOnlyMemory<byte> Data)
{
    /// <summary>Reads the envelope in one pass; fields may come in any order.</summary>
    /// <exception cref="JsonException">The frame is not a gateway payload.</exception>
    public static GatewayFrame Parse(ReadOnlyMemory<byte> frame)
    {
        var reader = new Utf8JsonReader(frame.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A gateway frame must be a JSON object.");
        int? op = null;
        long? sequence = null;
        string? eventName = null;
        var data = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                eventName = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                data = frame[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            throw new JsonException("The gateway frame does not end where its object ends.");
        return op is { } code ? new GatewayFrame(code, sequence, eventName, data) : throw new JsonException("The gateway frame has no op.");
    }
}
