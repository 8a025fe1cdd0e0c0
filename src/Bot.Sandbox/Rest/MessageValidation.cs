using System.Text.Json.Nodes;

namespace Bot.Sandbox.Rest;

/// <summary>Discord's message limits (docs: resources/message#create-message-jsonform-params, embed limits).</summary>
internal static class MessageValidation
{
    public const int MaxContent = 2000;
    private const int MaxEmbeds = 10;
    private const int MaxEmbedTotal = 6000;

    /// <summary>An error result, or null when the body is a valid message (<paramref name="requireSomething"/> for creates).</summary>
    public static RestResult? Validate(JsonObject? body, bool requireSomething)
    {
        if (body is null)
        {
            return RestResult.Error(400, 50109, "The request body contains invalid JSON.");
        }

        var content = String(body, "content");
        if (content is { Length: > MaxContent })
        {
            return RestResult.InvalidField("content", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxContent} or fewer in length.");
        }

        var embeds = body["embeds"] as JsonArray;
        var components = body["components"] as JsonArray;
        if (requireSomething && string.IsNullOrEmpty(content) && (embeds is null || embeds.Count == 0) && (components is null || components.Count == 0))
        {
            return RestResult.Error(400, 50006, "Cannot send an empty message");
        }

        if (String(body, "nonce") is { Length: > 25 })
        {
            return RestResult.InvalidField("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        return ValidateEmbeds(embeds) ?? ValidateAllowedMentions(body["allowed_mentions"] as JsonObject);
    }

    private static RestResult? ValidateEmbeds(JsonArray? embeds)
    {
        if (embeds is null)
        {
            return null;
        }

        if (embeds.Count > MaxEmbeds)
        {
            return RestResult.InvalidField("embeds", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxEmbeds} or fewer in length.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            if (embeds[i] is not JsonObject embed)
            {
                return RestResult.InvalidField($"embeds.{i}", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            }

            var checks = new (string Field, string? Text, int Max)[]
            {
                ("title", String(embed, "title"), 256),
                ("description", String(embed, "description"), 4096),
                ("footer.text", String(embed["footer"] as JsonObject, "text"), 2048),
                ("author.name", String(embed["author"] as JsonObject, "name"), 256),
            };
            foreach (var (field, text, max) in checks)
            {
                if (text is { } t && t.Length > max)
                {
                    return RestResult.InvalidField($"embeds.{i}.{field}", "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
                }

                total += text?.Length ?? 0;
            }

            if (embed["fields"] is JsonArray fields)
            {
                if (fields.Count > 25)
                {
                    return RestResult.InvalidField($"embeds.{i}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }

                for (var f = 0; f < fields.Count; f++)
                {
                    var name = String(fields[f] as JsonObject, "name") ?? "";
                    var value = String(fields[f] as JsonObject, "value") ?? "";
                    if (name.Length > 256 || value.Length > 1024)
                    {
                        return RestResult.InvalidField($"embeds.{i}.fields.{f}", "BASE_TYPE_MAX_LENGTH", "Field name must be 256 and value 1024 or fewer in length.");
                    }

                    total += name.Length + value.Length;
                }
            }
        }

        return total > MaxEmbedTotal
            ? RestResult.InvalidField("embeds", "MAX_EMBED_SIZE_EXCEEDED", $"Embed size exceeds maximum size of {MaxEmbedTotal}")
            : null;
    }

    private static RestResult? ValidateAllowedMentions(JsonObject? allowed)
    {
        if (allowed?["parse"] is not JsonArray parse)
        {
            return null;
        }

        foreach (var (kind, list) in new[] { ("users", "users"), ("roles", "roles") })
        {
            if (parse.Any(p => p is JsonValue v && v.TryGetValue<string>(out var text) && text == kind) && allowed[list] is JsonArray { Count: > 0 })
            {
                return RestResult.InvalidField($"allowed_mentions.{list}", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    $"parse:[\"{kind}\"] and {list}: [ids...] are mutually exclusive.");
            }
        }

        return null;
    }

    public static string? String(JsonObject? obj, string name) =>
        obj?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
