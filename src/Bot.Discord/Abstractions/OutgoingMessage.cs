namespace Bot.Discord.Abstractions;

/// <summary>A message the bot sends or edits. Pings are off unless <see cref="AllowedMentions"/> says otherwise.</summary>
public sealed record OutgoingMessage
{
    /// <summary>Up to 2000 characters (checked before sending).</summary>
    public string? Content { get; init; }

    /// <summary>Up to 10 embeds, 6000 characters in all.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<ActionRow> Components { get; init; } = [];

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Only for interaction replies and follow-ups: visible to the invoking user alone.</summary>
    public bool Ephemeral { get; init; }

    public MessageId? ReplyTo { get; init; }
}

/// <summary>Which mentions in a message may ping. <see cref="None"/> suppresses all.</summary>
public sealed record AllowedMentions(bool Users, bool Roles, bool Everyone, IReadOnlyList<UserId> UserIds)
{
    public static readonly AllowedMentions None = new(false, false, false, []);

    /// <summary>Ping exactly these users and nothing else.</summary>
    public static AllowedMentions OnlyUsers(params UserId[] users) => new(false, false, false, users);
}

/// <summary>A rich embed (docs: resources/message#embed-object, limits in #embed-object-embed-limits).</summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Uri? Url { get; init; }
    public int? Color { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? FooterText { get; init; }
    public string? AuthorName { get; init; }
    public Uri? ImageUrl { get; init; }
    public Uri? ThumbnailUrl { get; init; }
    public IReadOnlyList<EmbedField> Fields { get; init; } = [];
}

/// <summary>A name/value field of an embed.</summary>
public sealed record EmbedField(string Name, string Value, bool Inline = false);

/// <summary>A row of up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Buttons);

/// <summary>Button styles (docs: interactions/message-components#button-object-button-styles).</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}

/// <summary>A button: a custom id for the bot, or a URL for link buttons.</summary>
public sealed record Button(ButtonStyle Style, string Label, string? CustomId = null, Uri? Url = null, bool Disabled = false);

/// <summary>A message the bot sent: its id and channel.</summary>
public sealed record SentMessage(MessageId Id, ChannelId ChannelId);
