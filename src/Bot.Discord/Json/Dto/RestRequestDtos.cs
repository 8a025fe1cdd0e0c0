using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Json.Dto;

/// <summary>POST /channels/{id}/messages/bulk-delete.</summary>
internal sealed class BulkDeleteDto
{
    public List<string> Messages { get; set; } = [];
}

/// <summary>PATCH /guilds/{g}/members/{u} for timeouts; null lifts the timeout, so null must be written.</summary>
internal sealed class MemberTimeoutDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? CommunicationDisabledUntil { get; set; }
}

/// <summary>PUT /guilds/{g}/bans/{u}.</summary>
internal sealed class BanRequestDto
{
    public int DeleteMessageSeconds { get; set; }
}

/// <summary>POST /channels/{c}/messages/{m}/threads.</summary>
internal sealed class StartThreadDto
{
    public string Name { get; set; } = "";
}

/// <summary>PATCH /channels/{c} for slowmode.</summary>
internal sealed class SlowmodeDto
{
    public int RateLimitPerUser { get; set; }
}

/// <summary>POST /users/@me/channels.</summary>
internal sealed class CreateDmDto
{
    public string RecipientId { get; set; } = "";
}

/// <summary>POST /interactions/{id}/{token}/callback.</summary>
internal sealed class InteractionCallbackDto
{
    public int Type { get; set; }
    public InteractionCallbackDataDto? Data { get; set; }
}

/// <summary>Callback data: a message (types 4, 5, 7) or a modal (type 9).</summary>
internal sealed class InteractionCallbackDataDto
{
    public string? Content { get; set; }
    public List<EmbedDto>? Embeds { get; set; }
    public List<ActionRowDto>? Components { get; set; }
    public AllowedMentionsDto? AllowedMentions { get; set; }
    public int? Flags { get; set; }
    public string? CustomId { get; set; }
    public string? Title { get; set; }
}

/// <summary>An application command for bulk overwrite (docs: interactions/application-commands#application-command-object).</summary>
internal sealed class CommandRequestDto
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int Type { get; set; }
    public List<CommandOptionRequestDto>? Options { get; set; }

    /// <summary>A permission bitset serialized as a string; null means everyone, so it must be written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DefaultMemberPermissions { get; set; }

    public List<int> Contexts { get; set; } = [];
}

/// <summary>An option of a command as sent.</summary>
internal sealed class CommandOptionRequestDto
{
    public int Type { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool? Required { get; set; }
    public List<CommandOptionRequestDto>? Options { get; set; }
    public List<CommandChoiceDto>? Choices { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public List<int>? ChannelTypes { get; set; }
}

/// <summary>A choice; the value is a JSON string or number depending on the option type.</summary>
internal sealed class CommandChoiceDto
{
    public string Name { get; set; } = "";
    public JsonElement Value { get; set; }
}

/// <summary>A Discord JSON error body (docs: topics/opcodes-and-status-codes#json) or a 429 body.</summary>
internal sealed class ErrorBodyDto
{
    public int? Code { get; set; }
    public string? Message { get; set; }
    public double? RetryAfter { get; set; }
    public bool? Global { get; set; }
}

/// <summary>GET /gateway/bot (docs: events/gateway#get-gateway-bot).</summary>
internal sealed class GatewayBotDto
{
    public string Url { get; set; } = "";
    public int Shards { get; set; }
    public SessionStartLimitDto? SessionStartLimit { get; set; }
}

/// <summary>session_start_limit: identifies left today and how many may run per 5 s.</summary>
internal sealed class SessionStartLimitDto
{
    public int Total { get; set; }
    public int Remaining { get; set; }
    public long ResetAfter { get; set; }
    public int MaxConcurrency { get; set; } = 1;
}
