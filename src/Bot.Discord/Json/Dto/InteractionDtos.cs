using System.Text.Json.Serialization;

namespace Bot.Discord.Json.Dto;

/// <summary>INTERACTION_CREATE (docs: interactions/receiving-and-responding#interaction-object).</summary>
internal sealed class InteractionDto
{
    public ulong Id { get; set; }
    public ulong ApplicationId { get; set; }
    public int Type { get; set; }
    public InteractionDataDto? Data { get; set; }
    public ulong? GuildId { get; set; }
    public ulong? ChannelId { get; set; }
    public ChannelDto? Channel { get; set; }
    public MemberDto? Member { get; set; }
    public UserDto? User { get; set; }
    public string? Token { get; set; }
}

/// <summary>The data of a command, component or modal interaction.</summary>
internal sealed class InteractionDataDto
{
    public string? Name { get; set; }
    public int? Type { get; set; }
    public List<InteractionOptionDto>? Options { get; set; }
    public ResolvedDto? Resolved { get; set; }
    public ulong? TargetId { get; set; }
    public string? CustomId { get; set; }
    public List<ComponentDto>? Components { get; set; }
}

/// <summary>A command option as received; values are strings, numbers or booleans.</summary>
internal sealed class InteractionOptionDto
{
    public string? Name { get; set; }
    public int Type { get; set; }

    [JsonConverter(typeof(RawScalarConverter))]
    public string? Value { get; set; }

    public List<InteractionOptionDto>? Options { get; set; }
}

/// <summary>Resolved users, members and messages, keyed by snowflake strings.</summary>
internal sealed class ResolvedDto
{
    public Dictionary<string, UserDto>? Users { get; set; }
    public Dictionary<string, MemberDto>? Members { get; set; }
    public Dictionary<string, MessageDto>? Messages { get; set; }
}

/// <summary>A component of a modal submission: action rows or labels wrapping text inputs.</summary>
internal sealed class ComponentDto
{
    public int Type { get; set; }
    public string? CustomId { get; set; }
    public string? Value { get; set; }
    public List<ComponentDto>? Components { get; set; }
    public ComponentDto? Component { get; set; }
}
