using System.Text.Json.Nodes;

namespace Bot.Sandbox.Model;

/// <summary>A message as the sandbox stores it; <see cref="Embeds"/> and <see cref="Components"/> are copies of the raw JSON.</summary>
public sealed record SandboxMessage(
    ulong Id,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    string Content,
    JsonArray Embeds,
    JsonArray Components,
    int Flags,
    DateTimeOffset Timestamp,
    DateTimeOffset? EditedTimestamp,
    ulong? ReferencedMessageId,
    ulong? ThreadId,
    bool Deleted);
