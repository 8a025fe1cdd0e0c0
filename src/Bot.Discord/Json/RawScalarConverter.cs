using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

/// <summary>Reads an option value (string, number or boolean) as text; numbers keep their invariant JSON spelling.</summary>
internal sealed class RawScalarConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw new JsonException("Expected a string, number or boolean option value."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Option values are only read.");
}
