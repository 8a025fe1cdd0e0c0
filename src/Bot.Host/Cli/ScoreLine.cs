using System.Globalization;
using System.Text.Json;

namespace Bot.Host.Cli;

/// <summary>One input line of <c>score</c>: the id (kept as its raw JSON), the text and what is known of author, channel, thread and time.</summary>
internal sealed record ScoreLine(string IdJson, string Text, string? Author, string? Channel, bool IsThread, DateTimeOffset? Timestamp)
{
    /// <summary>Reads a line; on failure <paramref name="error"/> says why and <paramref name="idJson"/> holds the id if one was found.</summary>
    public static ScoreLine? Parse(string line, out string? idJson, out string? error)
    {
        idJson = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = "not JSON: " + ex.Message;
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return null;
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = "\"id\" is required (a string or a number)";
                return null;
            }

            idJson = id.GetRawText();
            return Read(root, idJson, out error);
        }
    }

    private static ScoreLine? Read(JsonElement root, string idJson, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            error = "\"text\" is required (a string)";
        }
        else if (!TryName(root, "author", out var author) || !TryName(root, "channel", out var channel))
        {
            error = "\"author\" and \"channel\" must be strings or numbers";
        }
        else if (!TryTimestamp(root, out var timestamp))
        {
            error = "\"timestamp\" must be an ISO 8601 time or Unix seconds";
        }
        else
        {
            var isThread = root.TryGetProperty("thread", out var thread) && thread.ValueKind == JsonValueKind.True;
            return new ScoreLine(idJson, text.GetString()!, author, channel, isThread, timestamp);
        }

        return null;
    }

    // Discord ids arrive as strings or numbers, names as strings; both only need to tell people apart.
    private static bool TryName(JsonElement root, string property, out string? name)
    {
        name = null;
        if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        name = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return name is not null;
    }

    private static bool TryTimestamp(JsonElement root, out DateTimeOffset? timestamp)
    {
        timestamp = null;
        if (!root.TryGetProperty("timestamp", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is >= -62_135_596_800 and <= 253_402_300_799)
        {
            timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            timestamp = parsed;
            return true;
        }

        return false;
    }
}
