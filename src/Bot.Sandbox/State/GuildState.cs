namespace Bot.Sandbox.State;

/// <summary>A guild: roles, channels, members, bans and audit log.</summary>
internal sealed class GuildState(ulong id, string name, ulong ownerId, DateTimeOffset createdAt)
{
    public ulong Id { get; } = id;
    public string Name { get; } = name;
    public ulong OwnerId { get; } = ownerId;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public ulong BotRoleId { get; set; }
    public Dictionary<ulong, RoleState> Roles { get; } = [];
    public List<ulong> ChannelIds { get; } = [];
    public Dictionary<ulong, MemberState> Members { get; } = [];
    public Dictionary<ulong, Model.SandboxBan> Bans { get; } = [];
    public List<Model.SandboxAuditLogEntry> AuditLog { get; } = [];
}
