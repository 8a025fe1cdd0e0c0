using System.Text.Json.Nodes;

namespace Bot.Sandbox.Model;

/// <summary>
/// What the bot answered to an interaction: the callback type (4, 5, 6, 7, 9) and its <c>data</c>, plus what followed:
/// the original response message (after type 4, or a PATCH of @original after type 5) and follow-ups.
/// </summary>
public sealed record InteractionResponseRecord(
    int CallbackType,
    JsonObject? Data,
    SandboxMessage? Original,
    IReadOnlyList<SandboxMessage> FollowUps)
{
    /// <summary>True when the response carries the ephemeral flag (64).</summary>
    public bool Ephemeral =>
        (Data?["flags"] is JsonValue flags && flags.TryGetValue<int>(out var bits) && (bits & 64) != 0) || ((Original?.Flags ?? 0) & 64) != 0;
}
