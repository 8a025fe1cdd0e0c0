namespace Bot.Discord.Json.Dto;

/// <summary>The channel object, also used for threads (docs: resources/channel#channel-object).</summary>
internal sealed class ChannelDto
{
    public ulong Id { get; set; }
    public ulong? GuildId { get; set; }
    public string? Name { get; set; }
    public int Type { get; set; }
    public ulong? ParentId { get; set; }
    public int? RateLimitPerUser { get; set; }
}

/// <summary>The role object (docs: topics/permissions#role-object).</summary>
internal sealed class RoleDto
{
    public ulong Id { get; set; }
    public string? Name { get; set; }
    public int Position { get; set; }
    public ulong Permissions { get; set; }
}

/// <summary>GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE.</summary>
internal sealed class RoleEventDto
{
    public ulong GuildId { get; set; }
    public RoleDto? Role { get; set; }
}

/// <summary>GUILD_CREATE: the guild with its roles, channels and threads.</summary>
internal sealed class GuildDto
{
    public ulong Id { get; set; }
    public string? Name { get; set; }
    public ulong OwnerId { get; set; }
    public bool Unavailable { get; set; }
    public List<RoleDto>? Roles { get; set; }
    public List<ChannelDto>? Channels { get; set; }
    public List<ChannelDto>? Threads { get; set; }
}

/// <summary>GUILD_BAN_ADD and GUILD_BAN_REMOVE.</summary>
internal sealed class BanEventDto
{
    public ulong GuildId { get; set; }
    public UserDto? User { get; set; }
}

/// <summary>GUILD_AUDIT_LOG_ENTRY_CREATE (docs: resources/audit-log#audit-log-entry-object).</summary>
internal sealed class AuditLogEntryDto
{
    public ulong GuildId { get; set; }
    public int ActionType { get; set; }
    public ulong? UserId { get; set; }
    public ulong? TargetId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>An unavailable guild as READY lists it.</summary>
internal sealed class UnavailableGuildDto
{
    public ulong Id { get; set; }
}

/// <summary>The application part of READY.</summary>
internal sealed class ApplicationDto
{
    public ulong Id { get; set; }
}

/// <summary>READY (docs: events/gateway-events#ready).</summary>
internal sealed class ReadyDto
{
    public UserDto? User { get; set; }
    public List<UnavailableGuildDto>? Guilds { get; set; }
    public string? SessionId { get; set; }
    public string? ResumeGatewayUrl { get; set; }
    public ApplicationDto? Application { get; set; }
}

/// <summary>op 10 Hello.</summary>
internal sealed class HelloDto
{
    public int HeartbeatInterval { get; set; }
}
