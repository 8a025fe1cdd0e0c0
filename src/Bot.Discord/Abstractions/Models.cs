namespace Bot.Discord.Abstractions;

/// <summary>A Discord user as events carry it.</summary>
public sealed record DiscordUser(UserId Id, string Username, string? GlobalName, bool IsBot)
{
    /// <summary>The name to show a moderator: the global display name when set.</summary>
    public string DisplayName => GlobalName ?? Username;
}

/// <summary>A user's membership of a guild: roles, nickname, timeout.</summary>
public sealed record GuildMember(
    UserId UserId,
    IReadOnlyList<RoleId> Roles,
    string? Nickname,
    DateTimeOffset? JoinedAt,
    DateTimeOffset? CommunicationDisabledUntil);

/// <summary>A guild role, with its place in the hierarchy.</summary>
public sealed record RoleInfo(RoleId Id, string Name, int Position, DiscordPermissions Permissions);

/// <summary>Discord channel types the bot cares about (docs: resources/channel#channel-object-channel-types).</summary>
public enum ChannelKind
{
    GuildText = 0,
    DirectMessage = 1,
    GuildVoice = 2,
    GuildCategory = 4,
    GuildAnnouncement = 5,
    AnnouncementThread = 10,
    PublicThread = 11,
    PrivateThread = 12,
    GuildForum = 15,
    Other = -1,
}

/// <summary>A guild channel or thread; <see cref="ParentId"/> is a thread's channel.</summary>
public sealed record ChannelInfo(
    ChannelId Id,
    GuildId? GuildId,
    string? Name,
    ChannelKind Kind,
    ChannelId? ParentId,
    int RateLimitPerUser)
{
    public bool IsThread => Kind is ChannelKind.PublicThread or ChannelKind.PrivateThread or ChannelKind.AnnouncementThread;
}

/// <summary>A guild as it becomes available: roles, channels and active threads.</summary>
public sealed record GuildInfo(
    GuildId Id,
    string Name,
    UserId OwnerId,
    IReadOnlyList<RoleInfo> Roles,
    IReadOnlyList<ChannelInfo> Channels,
    IReadOnlyList<ChannelInfo> Threads);

/// <summary>A message as received: author, text, mentions.</summary>
public sealed record DiscordMessage(
    MessageId Id,
    ChannelId ChannelId,
    GuildId? GuildId,
    DiscordUser Author,
    GuildMember? Member,
    string Content,
    DateTimeOffset Timestamp,
    DateTimeOffset? EditedTimestamp,
    IReadOnlyList<UserId> MentionedUserIds,
    IReadOnlyList<RoleId> MentionedRoleIds,
    bool MentionsEveryone,
    int AttachmentCount,
    int EmbedCount,
    bool IsWebhook);
