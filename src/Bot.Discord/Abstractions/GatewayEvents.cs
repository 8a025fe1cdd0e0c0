namespace Bot.Discord.Abstractions;

/// <summary>Something the gateway reported. Events are plain data: no client references, no lazy loading.</summary>
public abstract record GatewayEvent
{
    /// <summary>The shard the event arrived on.</summary>
    public int ShardId { get; init; }
}

/// <summary>A shard finished identifying (or resuming, with <see cref="Resumed"/>).</summary>
public sealed record Ready(DiscordUser BotUser, ApplicationId ApplicationId, IReadOnlyList<GuildId> Guilds, bool Resumed = false) : GatewayEvent;

/// <summary>A guild became available (GUILD_CREATE) with its roles, channels and threads.</summary>
public sealed record GuildAvailable(GuildInfo Guild) : GatewayEvent;

/// <summary>A channel or thread was created or changed.</summary>
public sealed record ChannelUpdated(ChannelInfo Channel) : GatewayEvent;

/// <summary>A guild role was created or changed.</summary>
public sealed record RoleUpdated(GuildId GuildId, RoleInfo Role) : GatewayEvent;

/// <summary>A message was posted.</summary>
public sealed record MessageCreated(DiscordMessage Message) : GatewayEvent;

/// <summary>A message was edited. Discord sends partial updates: <see cref="Content"/> is null when it did not change.</summary>
public sealed record MessageUpdated(
    MessageId MessageId,
    ChannelId ChannelId,
    GuildId? GuildId,
    DiscordUser? Author,
    GuildMember? Member,
    string? Content,
    DateTimeOffset? EditedTimestamp) : GatewayEvent;

/// <summary>A message was deleted.</summary>
public sealed record MessageDeleted(MessageId MessageId, ChannelId ChannelId, GuildId? GuildId) : GatewayEvent;

/// <summary>Several messages were deleted at once.</summary>
public sealed record MessagesBulkDeleted(IReadOnlyList<MessageId> MessageIds, ChannelId ChannelId, GuildId? GuildId) : GatewayEvent;

/// <summary>A member's roles, nickname or timeout changed.</summary>
public sealed record MemberUpdated(GuildId GuildId, DiscordUser User, GuildMember Member) : GatewayEvent;

/// <summary>A user was banned from a guild.</summary>
public sealed record MemberBanned(GuildId GuildId, DiscordUser User) : GatewayEvent;

/// <summary>A user's ban was lifted.</summary>
public sealed record MemberUnbanned(GuildId GuildId, DiscordUser User) : GatewayEvent;

/// <summary>An audit-log entry was written: tells who made a manual timeout, kick or ban and why.</summary>
public sealed record AuditLogEntryCreated(
    GuildId GuildId,
    int ActionType,
    UserId? ExecutorId,
    ulong? TargetId,
    string? Reason) : GatewayEvent;

/// <summary>A slash command, context menu, button or modal submission.</summary>
public sealed record InteractionCreated(Interaction Interaction) : GatewayEvent;
