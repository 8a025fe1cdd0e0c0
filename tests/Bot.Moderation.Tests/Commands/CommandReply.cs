using System.Text.Json.Nodes;
using Bot.Sandbox.Model;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// What the bot answered to one interaction, as the sandbox recorded it: the callback type (4 reply, 5 deferred,
/// 7 update, 9 modal), and the message the member sees last (a follow-up, else the original response, else the
/// callback's own data for updates and modals).
/// </summary>
public sealed record CommandReply(InteractionResponseRecord Response)
{
    public const int Reply = 4;
    public const int Deferred = 5;
    public const int Update = 7;
    public const int Modal = 9;

    public int Type => Response.CallbackType;

    public bool Ephemeral => Response.Ephemeral;

    public string Content => Latest is { } message ? message.Content : (string?)Response.Data?["content"] ?? "";

    public JsonArray Embeds => Latest?.Embeds ?? Response.Data?["embeds"] as JsonArray ?? [];

    public JsonArray Components => Latest?.Components ?? Response.Data?["components"] as JsonArray ?? [];

    /// <summary>The content, or the first embed's title when there is none.</summary>
    public string Text => Content.Length > 0 ? Content : (string?)Embeds.FirstOrDefault()?["title"] ?? "";

    /// <summary>The message the answer created (for buttons to click); null for updates and modals.</summary>
    public SandboxMessage? Message => Latest;

    /// <summary>The modal's custom id, when the answer is a modal.</summary>
    public string? ModalCustomId => Type == Modal ? (string?)Response.Data?["custom_id"] : null;

    private SandboxMessage? Latest => Response.FollowUps.Count > 0 ? Response.FollowUps[^1] : Response.Original;

    /// <summary>The custom id of the button whose label starts with <paramref name="label"/>, in a message's components.</summary>
    public static string ButtonId(JsonArray components, string label) => (string)FindButton(components, label)["custom_id"]!;

    /// <summary>Whether the button whose label starts with <paramref name="label"/> is disabled.</summary>
    public static bool IsDisabled(JsonArray components, string label) => (bool?)FindButton(components, label)["disabled"] ?? false;

    private static JsonNode FindButton(JsonArray components, string label)
    {
        ArgumentNullException.ThrowIfNull(components);
        return components.SelectMany(row => row?["components"] as JsonArray ?? [])
            .Single(b => ((string?)b?["label"])?.StartsWith(label, StringComparison.Ordinal) == true)!;
    }
}
