using System.Text.Json.Serialization;

namespace Bot.Discord.Json.Dto;

/// <summary>
/// The message object (docs: resources/message#message-object). MESSAGE_UPDATE sends a partial object,
/// so everything but the ids is nullable here and the mapper decides what is required.
/// </summary>
internal sealed class MessageDto
{
    public ulong Id { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    public UserDto? Author { get; set; }
    public MemberDto? Member { get; set; }
    public string? Content { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? EditedTimestamp { get; set; }
    public List<MentionDto>? Mentions { get; set; }
    public List<ulong>? MentionRoles { get; set; }
    public bool MentionEveryone { get; set; }

    // Only the counts matter to the bot: skip the nested objects instead of materialising them.
    [JsonConverter(typeof(ArrayCountConverter))]
    public int Attachments { get; set; }

    [JsonConverter(typeof(ArrayCountConverter))]
    public int Embeds { get; set; }

    public ulong? WebhookId { get; set; }
}

/// <summary>MESSAGE_DELETE and MESSAGE_DELETE_BULK.</summary>
internal sealed class MessageDeleteDto
{
    public ulong? Id { get; set; }
    public List<ulong>? Ids { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
}
