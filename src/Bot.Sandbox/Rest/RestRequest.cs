using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Bot.Sandbox.Rest;

/// <summary>What a route handler sees: the world, route values, query, parsed JSON body and decoded audit reason.</summary>
internal sealed class RestRequest(HttpContext context, World world, JsonNode? body, string? auditReason)
{
    public World World { get; } = world;
    public JsonNode? Body { get; } = body;
    public string? AuditReason { get; } = auditReason;

    /// <summary>A snowflake route value; 0 when absent or malformed (handlers then answer "unknown ...").</summary>
    public ulong Id(string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value)
        && ulong.TryParse(value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    public string Route(string name) => context.Request.RouteValues.TryGetValue(name, out var value) ? value as string ?? "" : "";

    public string? Query(string name) => context.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public JsonObject? BodyObject => Body as JsonObject;
}
