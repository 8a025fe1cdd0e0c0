using System.Text.Json.Serialization;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Json;

/// <summary>
/// Source-generated serialization for every DTO: no reflection at run time. Snowflakes arrive as strings,
/// so numbers may be read from strings; requests write snowflakes as strings themselves.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadyDto))]
[JsonSerializable(typeof(HelloDto))]
[JsonSerializable(typeof(GuildDto))]
[JsonSerializable(typeof(ChannelDto))]
[JsonSerializable(typeof(RoleEventDto))]
[JsonSerializable(typeof(MessageDto))]
[JsonSerializable(typeof(List<MessageDto>))]
[JsonSerializable(typeof(MessageDeleteDto))]
[JsonSerializable(typeof(MemberDto))]
[JsonSerializable(typeof(List<RoleDto>))]
[JsonSerializable(typeof(BanEventDto))]
[JsonSerializable(typeof(AuditLogEntryDto))]
[JsonSerializable(typeof(InteractionDto))]
[JsonSerializable(typeof(MessageRequestDto))]
[JsonSerializable(typeof(BulkDeleteDto))]
[JsonSerializable(typeof(MemberTimeoutDto))]
[JsonSerializable(typeof(BanRequestDto))]
[JsonSerializable(typeof(StartThreadDto))]
[JsonSerializable(typeof(SlowmodeDto))]
[JsonSerializable(typeof(CreateDmDto))]
[JsonSerializable(typeof(InteractionCallbackDto))]
[JsonSerializable(typeof(List<CommandRequestDto>))]
[JsonSerializable(typeof(ErrorBodyDto))]
[JsonSerializable(typeof(GatewayBotDto))]
[JsonSerializable(typeof(string))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
