using System.Text.Json.Nodes;

namespace Bot.Sandbox.Rest;

/// <summary>A REST answer: status and optional JSON body, with Discord's error shapes.</summary>
internal sealed record RestResult(int Status, JsonNode? Body)
{
    public static RestResult Ok(JsonNode body) => new(200, body);

    public static RestResult NoContent { get; } = new(204, null);

    public static RestResult Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static RestResult NotFound(int code, string what) => Error(404, code, "Unknown " + what);

    public static RestResult MissingPermissions() => Error(403, 50013, "Missing Permissions");

    /// <summary>400 Invalid Form Body with one field error, the shape Discord uses (code 50035).</summary>
    public static RestResult InvalidField(string field, string errorCode, string message)
    {
        JsonNode errors = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = errorCode, ["message"] = message }) };
        foreach (var part in field.Split('.').Reverse())
        {
            errors = new JsonObject { [part] = errors };
        }

        return new(400, new JsonObject { ["code"] = 50035, ["errors"] = errors, ["message"] = "Invalid Form Body" });
    }
}
