using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Abstractions;
using Bot.Discord.Json;
using Bot.Discord.Json.Dto;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Discord.Gateway;

/// <summary>
/// Decodes the dispatch events the bot uses from the UTF-8 bytes of <c>d</c> into public event records
/// (docs: events/gateway-events#receive-events). Returns null for events the bot does not use.
/// </summary>
internal static class DispatchDecoder
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    /// <exception cref="JsonException">The payload is malformed or lacks a required field.</exception>
    public static GatewayEvent? Decode(string eventName, ReadOnlySpan<byte> data, int shardId)
    {
        GatewayEvent? decoded = eventName switch
        {
            "MESSAGE_CREATE" => new MessageCreated(DtoMapper.ToMessage(Read(data, Json.MessageDto))),
            "MESSAGE_UPDATE" => DtoMapper.ToMessageUpdated(Read(data, Json.MessageDto)),
            "MESSAGE_DELETE" => ToDeleted(Read(data, Json.MessageDeleteDto)),
            "MESSAGE_DELETE_BULK" => ToBulkDeleted(Read(data, Json.MessageDeleteDto)),
            "GUILD_CREATE" => ToGuildAvailable(Read(data, Json.GuildDto)),
            "CHANNEL_CREATE" or "CHANNEL_UPDATE" or "THREAD_CREATE" or "THREAD_UPDATE" =>
                new ChannelUpdated(DtoMapper.ToChannel(Read(data, Json.ChannelDto))),
            "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE" => ToRoleUpdated(Read(data, Json.RoleEventDto)),
            "GUILD_MEMBER_UPDATE" => ToMemberUpdated(Read(data, Json.MemberDto)),
            "GUILD_BAN_ADD" => ToBan(Read(data, Json.BanEventDto), banned: true),
            "GUILD_BAN_REMOVE" => ToBan(Read(data, Json.BanEventDto), banned: false),
            "GUILD_AUDIT_LOG_ENTRY_CREATE" => ToAuditLogEntry(Read(data, Json.AuditLogEntryDto)),
            "INTERACTION_CREATE" => new InteractionCreated(InteractionMapper.ToInteraction(Read(data, Json.InteractionDto))),
            _ => null,
        };
        return decoded is null ? null : decoded with { ShardId = shardId };
    }

    /// <summary>READY, with the session fields the shard keeps for resuming.</summary>
    public static (Ready Ready, string SessionId, string? ResumeUrl) DecodeReady(ReadOnlySpan<byte> data, int shardId)
    {
        var dto = Read(data, Json.ReadyDto);
        if (string.IsNullOrEmpty(dto.SessionId))
            throw new JsonException("READY has no session_id.");
        var guilds = dto.Guilds?.ConvertAll(g => new GuildId(g.Id)) ?? [];
        var ready = new Ready(DtoMapper.ToUser(dto.User), new ApplicationId(dto.Application?.Id ?? 0), guilds) { ShardId = shardId };
        return (ready, dto.SessionId, dto.ResumeGatewayUrl);
    }

    public static int DecodeHeartbeatInterval(ReadOnlySpan<byte> data) =>
        Read(data, Json.HelloDto).HeartbeatInterval is var interval and > 0
            ? interval
            : throw new JsonException("Hello has no positive heartbeat_interval.");

    private static T Read<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> typeInfo) where T : class =>
        JsonSerializer.Deserialize(data, typeInfo) ?? throw new JsonException($"The event payload is null, expected {typeof(T).Name}.");

    private static MessageDeleted ToDeleted(MessageDeleteDto dto) =>
        new(new MessageId(dto.Id ?? throw new JsonException("MESSAGE_DELETE has no id.")), new ChannelId(dto.ChannelId), Guild(dto.GuildId));

    private static MessagesBulkDeleted ToBulkDeleted(MessageDeleteDto dto) =>
        new(dto.Ids?.ConvertAll(id => new MessageId(id)) ?? [], new ChannelId(dto.ChannelId), Guild(dto.GuildId));

    // An outage sends GUILD_CREATE with unavailable=true and nothing else: not a guild becoming available.
    private static GuildAvailable? ToGuildAvailable(GuildDto dto) => dto.Unavailable ? null : new GuildAvailable(DtoMapper.ToGuild(dto));

    private static RoleUpdated ToRoleUpdated(RoleEventDto dto) =>
        new(new GuildId(dto.GuildId), DtoMapper.ToRole(dto.Role ?? throw new JsonException("The role event has no role.")));

    private static MemberUpdated ToMemberUpdated(MemberDto dto)
    {
        var user = DtoMapper.ToUser(dto.User);
        var guild = dto.GuildId ?? throw new JsonException("GUILD_MEMBER_UPDATE has no guild_id.");
        return new MemberUpdated(new GuildId(guild), user, DtoMapper.ToMember(dto, user.Id));
    }

    private static GatewayEvent ToBan(BanEventDto dto, bool banned)
    {
        var user = DtoMapper.ToUser(dto.User);
        return banned ? new MemberBanned(new GuildId(dto.GuildId), user) : new MemberUnbanned(new GuildId(dto.GuildId), user);
    }

    private static AuditLogEntryCreated ToAuditLogEntry(AuditLogEntryDto dto) => new(
        new GuildId(dto.GuildId),
        dto.ActionType,
        dto.UserId is { } u ? new UserId(u) : null,
        dto.TargetId,
        dto.Reason);

    private static GuildId? Guild(ulong? id) => id is { } g ? new GuildId(g) : null;
}
