namespace Bot.Discord.Json.Dto;

/// <summary>Body of create/edit message, follow-ups and callback data (docs: resources/message#create-message).</summary>
internal sealed class MessageRequestDto
{
    public string? Content { get; set; }
    public List<EmbedDto>? Embeds { get; set; }
    public List<ActionRowDto>? Components { get; set; }

    /// <summary>Always sent, so user text can never ping by accident.</summary>
    public AllowedMentionsDto AllowedMentions { get; set; } = new();

    public int? Flags { get; set; }
    public MessageReferenceDto? MessageReference { get; set; }
}

/// <summary>allowed_mentions (docs: resources/message#allowed-mentions-object).</summary>
internal sealed class AllowedMentionsDto
{
    public List<string> Parse { get; set; } = [];
    public List<string>? Users { get; set; }
    public bool RepliedUser { get; set; }
}

/// <summary>A reply target.</summary>
internal sealed class MessageReferenceDto
{
    public string MessageId { get; set; } = "";
    public bool FailIfNotExists { get; set; }
}

/// <summary>An embed as sent.</summary>
internal sealed class EmbedDto
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public int? Color { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public EmbedTextDto? Footer { get; set; }
    public EmbedNameDto? Author { get; set; }
    public EmbedUrlDto? Image { get; set; }
    public EmbedUrlDto? Thumbnail { get; set; }
    public List<EmbedFieldDto>? Fields { get; set; }
}

/// <summary>An embed footer.</summary>
internal sealed class EmbedTextDto
{
    public string Text { get; set; } = "";
}

/// <summary>An embed author.</summary>
internal sealed class EmbedNameDto
{
    public string Name { get; set; } = "";
}

/// <summary>An embed image or thumbnail.</summary>
internal sealed class EmbedUrlDto
{
    public string Url { get; set; } = "";
}

/// <summary>An embed field.</summary>
internal sealed class EmbedFieldDto
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public bool Inline { get; set; }
}

/// <summary>An action row (type 1) of buttons or, in modals, one text input.</summary>
internal sealed class ActionRowDto
{
    public int Type { get; set; } = 1;
    public List<ComponentRequestDto> Components { get; set; } = [];
}

/// <summary>A button (type 2) or text input (type 4) as sent.</summary>
internal sealed class ComponentRequestDto
{
    public int Type { get; set; }
    public int? Style { get; set; }
    public string? Label { get; set; }
    public string? CustomId { get; set; }
    public string? Url { get; set; }
    public bool? Disabled { get; set; }
    public bool? Required { get; set; }
    public int? MaxLength { get; set; }
    public string? Placeholder { get; set; }
}
