using System.Text.Json.Nodes;

namespace Bot.Sandbox.State;

/// <summary>A stored message; content, embeds and components are kept as sent.</summary>
internal sealed class MessageState(ulong id, ulong channelId, ulong? guildId, ulong authorId, DateTimeOffset createdAt)
{
    public ulong Id { get; } = id;
    public ulong ChannelId { get; } = channelId;
    public ulong? GuildId { get; } = guildId;
    public ulong AuthorId { get; } = authorId;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public string Content { get; set; } = "";
    public JsonArray Embeds { get; set; } = [];
    public JsonArray Components { get; set; } = [];
    public int Flags { get; set; }
    public int Type { get; init; }
    public DateTimeOffset? EditedAt { get; set; }
    public ulong? ReferencedMessageId { get; init; }
    public ulong? ThreadId { get; set; }
    public ulong? WebhookId { get; init; }
    public ulong? InteractionId { get; init; }
    public bool Deleted { get; set; }

    /// <summary>False for ephemeral interaction responses: only the invoking user sees them, never the channel.</summary>
    public bool Visible { get; init; } = true;
}
