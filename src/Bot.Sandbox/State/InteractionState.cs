using System.Text.Json.Nodes;

namespace Bot.Sandbox.State;

/// <summary>An interaction sent to the bot and what it answered so far.</summary>
internal sealed class InteractionState(Model.InteractionHandle handle, DateTimeOffset createdAt)
{
    public Model.InteractionHandle Handle { get; } = handle;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>For components: the message the clicked button belongs to.</summary>
    public ulong? SourceMessageId { get; init; }
    public int? CallbackType { get; set; }
    public JsonObject? CallbackData { get; set; }
    public ulong? OriginalMessageId { get; set; }
    public List<ulong> FollowUpIds { get; } = [];
}
