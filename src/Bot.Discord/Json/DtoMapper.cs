using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Json;

/// <summary>Maps internal DTOs to the public records; throws <see cref="JsonException"/> when a required field is missing.</summary>
internal static class DtoMapper
{
    public static DiscordUser ToUser(UserDto? dto) => dto is null
        ? throw new JsonException("The user object is missing.")
        : new DiscordUser(new UserId(dto.Id), dto.Username ?? "", dto.GlobalName, dto.Bot);

    public static GuildMember ToMember(MemberDto dto, UserId userId) => new(
        userId,
        ToRoleIds(dto.Roles),
        dto.Nick,
        dto.JoinedAt,
        dto.CommunicationDisabledUntil);

    public static DiscordMessage ToMessage(MessageDto dto, GuildId? guildFallback = null)
    {
        var author = ToUser(dto.Author);
        var guild = dto.GuildId is { } g ? new GuildId(g) : guildFallback;
        return new DiscordMessage(
            new MessageId(dto.Id),
            new ChannelId(dto.ChannelId),
            guild,
            author,
            dto.Member is null ? null : ToMember(dto.Member, author.Id),
            dto.Content ?? "",
            dto.Timestamp ?? Snowflake.CreatedAt(dto.Id),
            dto.EditedTimestamp,
            ToUserIds(dto.Mentions),
            ToRoleIds(dto.MentionRoles),
            dto.MentionEveryone,
            dto.Attachments,
            dto.Embeds,
            dto.WebhookId is not null);
    }

    public static MessageUpdated ToMessageUpdated(MessageDto dto)
    {
        DiscordUser? author = dto.Author is null ? null : ToUser(dto.Author);
        return new MessageUpdated(
            new MessageId(dto.Id),
            new ChannelId(dto.ChannelId),
            dto.GuildId is { } g ? new GuildId(g) : null,
            author,
            dto.Member is not null && author is not null ? ToMember(dto.Member, author.Id) : null,
            dto.Content,
            dto.EditedTimestamp);
    }

    public static ChannelInfo ToChannel(ChannelDto dto, ulong? guildFallback = null) => new(
        new ChannelId(dto.Id),
        (dto.GuildId ?? guildFallback) is { } g ? new GuildId(g) : null,
        dto.Name,
        Enum.IsDefined(typeof(ChannelKind), dto.Type) ? (ChannelKind)dto.Type : ChannelKind.Other,
        dto.ParentId is { } p ? new ChannelId(p) : null,
        dto.RateLimitPerUser ?? 0);

    public static RoleInfo ToRole(RoleDto dto) =>
        new(new RoleId(dto.Id), dto.Name ?? "", dto.Position, (DiscordPermissions)dto.Permissions);

    public static GuildInfo ToGuild(GuildDto dto) => new(
        new GuildId(dto.Id),
        dto.Name ?? "",
        new UserId(dto.OwnerId),
        dto.Roles?.ConvertAll(ToRole) ?? [],
        dto.Channels?.ConvertAll(c => ToChannel(c, dto.Id)) ?? [],
        dto.Threads?.ConvertAll(c => ToChannel(c, dto.Id)) ?? []);

    private static RoleId[] ToRoleIds(List<ulong>? ids)
    {
        if (ids is null || ids.Count == 0)
            return [];
        var result = new RoleId[ids.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = new RoleId(ids[i]);
        return result;
    }

    private static UserId[] ToUserIds(List<MentionDto>? mentions)
    {
        if (mentions is null || mentions.Count == 0)
            return [];
        var result = new UserId[mentions.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = new UserId(mentions[i].Id);
        return result;
    }
}
