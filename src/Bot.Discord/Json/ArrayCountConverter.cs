using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

/// <summary>Reads a JSON array as its element count, skipping the elements without building them.</summary>
internal sealed class ArrayCountConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return 0;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("Expected an array.");
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }
        return count;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Counts are only read.");
}
