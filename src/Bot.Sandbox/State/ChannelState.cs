namespace Bot.Sandbox.State;

/// <summary>A channel or thread and its messages (ids in posting order).</summary>
internal sealed class ChannelState(ulong id, int type, ulong? guildId, string name)
{
    public ulong Id { get; } = id;
    public int Type { get; } = type;
    public ulong? GuildId { get; } = guildId;
    public string Name { get; set; } = name;
    public ulong? ParentId { get; init; }
    public ulong? OwnerId { get; init; }
    public ulong? RecipientId { get; init; }
    public int RateLimitPerUser { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<ulong> MessageIds { get; } = [];
    public int MessageCount { get; set; }

    public bool IsThread => Type == Model.SandboxChannel.PublicThread;
}
