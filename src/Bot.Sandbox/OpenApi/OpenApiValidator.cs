using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Sandbox.Model;
using Bot.Sandbox.Rest;

namespace Bot.Sandbox.OpenApi;

/// <summary>
/// Checks JSON request bodies against the operation's schema in Discord's OpenAPI document: property names,
/// types, enums, lengths, item counts, number ranges and patterns, through $ref, oneOf/anyOf and allOf.
/// Unknown properties count as violations wherever a schema lists its properties.
/// </summary>
internal sealed class OpenApiValidator
{
    private const int MaxDepth = 32;
    private readonly JsonElement _document;
    private readonly Lock _sync = new();
    private readonly List<SchemaViolation> _violations = [];
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private OpenApiValidator(JsonElement document) => _document = document;

    public static OpenApiValidator Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return new OpenApiValidator(document.RootElement.Clone());
    }

    public IReadOnlyList<SchemaViolation> Violations
    {
        get
        {
            lock (_sync)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>Validates a body for a route; returns the problems found (also kept in <see cref="Violations"/>).</summary>
    public IReadOnlyList<SchemaViolation> Validate(RouteSpec route, JsonNode? body)
    {
        if (!TryGetSchema(route, out var schema))
        {
            return [];
        }

        var problems = new List<(string Path, string Problem)>();
        Check(schema, body, "$", problems, 0);
        var violations = problems.Select(p => new SchemaViolation(route.Key, p.Path, p.Problem)).ToList();
        lock (_sync)
        {
            _violations.AddRange(violations);
        }

        return violations;
    }

    private bool TryGetSchema(RouteSpec route, out JsonElement schema)
    {
        schema = default;
        return _document.TryGetProperty("paths", out var paths)
            && paths.TryGetProperty(route.Template, out var item)
            && item.TryGetProperty(route.Method.ToLowerInvariant(), out var operation)
            && operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.TryGetProperty("content", out var content)
            && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out schema);
    }

    private void Check(JsonElement schema, JsonNode? node, string path, List<(string, string)> problems, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (TryAlternatives(schema, "oneOf", node, path, problems, depth) || TryAlternatives(schema, "anyOf", node, path, problems, depth))
        {
            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, node, path, problems, depth + 1);
            }
        }

        var kind = KindOf(node);
        if (schema.TryGetProperty("type", out var type) && !TypeAllows(type, kind, node))
        {
            problems.Add((path, $"expected {type.ToString().Replace("\"", "", StringComparison.Ordinal)}, got {kind}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && node is JsonValue
            && !values.EnumerateArray().Any(v => JsonNode.DeepEquals(JsonNode.Parse(v.GetRawText()), node)))
        {
            problems.Add((path, $"value {node.ToJsonString()} is not one of {values.GetRawText()}"));
        }

        switch (node)
        {
            case JsonObject obj:
                CheckObject(schema, obj, path, problems, depth);
                break;
            case JsonArray array:
                CheckArray(schema, array, path, problems, depth);
                break;
            case JsonValue value:
                CheckScalar(schema, value, kind, path, problems);
                break;
        }
    }

    /// <summary>True when the schema is a union; the node must then match at least one alternative.</summary>
    private bool TryAlternatives(JsonElement schema, string keyword, JsonNode? node, string path, List<(string, string)> problems, int depth)
    {
        if (!schema.TryGetProperty(keyword, out var alternatives))
        {
            return false;
        }

        List<(string, string)>? best = null;
        foreach (var alternative in alternatives.EnumerateArray())
        {
            var attempt = new List<(string, string)>();
            Check(alternative, node, path, attempt, depth + 1);
            if (attempt.Count == 0)
            {
                return true;
            }

            if (best is null || attempt.Count < best.Count)
            {
                best = attempt;
            }
        }

        problems.AddRange(best ?? [(path, $"matches no alternative of {keyword}")]);
        return true;
    }

    private void CheckObject(JsonElement schema, JsonObject obj, string path, List<(string, string)> problems, int depth)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var additionalAllowed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False;
        foreach (var (name, value) in obj)
        {
            if (hasProperties && properties.TryGetProperty(name, out var propertySchema))
            {
                Check(propertySchema, value, path + "." + name, problems, depth + 1);
            }
            else if (additionalAllowed && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, value, path + "." + name, problems, depth + 1);
            }
            else if (hasProperties && !additionalAllowed)
            {
                problems.Add((path + "." + name, "unknown property"));
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !obj.ContainsKey(n)))
            {
                problems.Add((path + "." + name, "required property missing"));
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonArray array, string path, List<(string, string)> problems, int depth)
    {
        if (schema.TryGetProperty("maxItems", out var max) && array.Count > max.GetInt64())
        {
            problems.Add((path, $"more than {max.GetInt64()} items"));
        }

        if (schema.TryGetProperty("minItems", out var min) && array.Count < min.GetInt64())
        {
            problems.Add((path, $"fewer than {min.GetInt64()} items"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{path}[{i}]", problems, depth + 1);
            }
        }
    }

    private void CheckScalar(JsonElement schema, JsonValue value, string kind, string path, List<(string, string)> problems)
    {
        if (kind == "string")
        {
            var text = value.GetValue<string>();
            if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt64())
            {
                problems.Add((path, $"longer than {maxLength.GetInt64()} characters"));
            }

            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt64())
            {
                problems.Add((path, $"shorter than {minLength.GetInt64()} characters"));
            }

            if (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } regex
                && !_patterns.GetOrAdd(regex, r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(text))
            {
                problems.Add((path, $"does not match {regex}"));
            }
        }
        else if (kind is "integer" or "number")
        {
            var number = value.GetValue<double>();
            if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
            {
                problems.Add((path, $"below {minimum.GetRawText()}"));
            }

            if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
            {
                problems.Add((path, $"above {maximum.GetRawText()}"));
            }
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < MaxDepth && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = _document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                if (!target.TryGetProperty(part, out target))
                {
                    return default;
                }
            }

            schema = target;
        }

        return schema;
    }

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => value.TryGetValue<long>(out _) || IsIntegral(value) ? "integer" : "number",
            _ => "null",
        },
        _ => "null",
    };

    private static bool IsIntegral(JsonValue value) =>
        value.TryGetValue<JsonElement>(out var element) && element.TryGetInt64(out _);

    private static bool TypeAllows(JsonElement type, string kind, JsonNode? node)
    {
        var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
        foreach (var name in allowed)
        {
            // Discord accepts integer-parseable strings where the spec says integer (e.g. default_member_permissions).
            if (name == kind || (name == "number" && kind == "integer")
                || (name == "integer" && kind == "string" && long.TryParse(node!.GetValue<string>(), out _)))
            {
                return true;
            }
        }

        return false;
    }
}
