using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Rest;

/// <summary>Turns an <see cref="OutgoingMessage"/> into the JSON DTOs Discord expects.</summary>
internal static class MessageRequestBuilder
{
    /// <summary>Message flag EPHEMERAL (docs: resources/message#message-object-message-flags).</summary>
    public const int EphemeralFlag = 1 << 6;

    /// <summary>A new message: empty embed and component lists are left out.</summary>
    public static MessageRequestDto Build(OutgoingMessage message, bool allowEphemeral) => Build(message, allowEphemeral, edit: false);

    /// <summary>
    /// An edit of an existing message. Discord keeps any field an edit leaves out, so empty embed and component lists
    /// are sent as <c>[]</c>: the edited message has exactly the embeds and buttons of <paramref name="message"/>.
    /// Content left null is kept as it was.
    /// </summary>
    public static MessageRequestDto BuildEdit(OutgoingMessage message) => Build(message, allowEphemeral: false, edit: true);

    private static MessageRequestDto Build(OutgoingMessage message, bool allowEphemeral, bool edit) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds.Count == 0 && !edit ? null : message.Embeds.Select(ToEmbed).ToList(),
        Components = message.Components.Count == 0 && !edit ? null : ToComponents(message.Components),
        AllowedMentions = ToAllowedMentions(message.AllowedMentions),
        Flags = allowEphemeral && message.Ephemeral ? EphemeralFlag : null,
        MessageReference = message.ReplyTo is { } reply ? new MessageReferenceDto { MessageId = Id(reply.Value) } : null,
    };

    /// <summary>
    /// parse:["users"] together with a users list is a validation error (docs: resources/message#allowed-mentions-object),
    /// so explicit ids replace the "users" parse type.
    /// </summary>
    public static AllowedMentionsDto ToAllowedMentions(AllowedMentions mentions)
    {
        var dto = new AllowedMentionsDto();
        if (mentions.UserIds.Count > 0)
            dto.Users = mentions.UserIds.Select(u => Id(u.Value)).ToList();
        else if (mentions.Users)
            dto.Parse.Add("users");
        if (mentions.Roles)
            dto.Parse.Add("roles");
        if (mentions.Everyone)
            dto.Parse.Add("everyone");
        return dto;
    }

    private static List<ActionRowDto> ToComponents(IReadOnlyList<ActionRow> rows) => rows.Select(row => new ActionRowDto
    {
        Components = row.Buttons.Select(b => new ComponentRequestDto
        {
            Type = 2,
            Style = (int)b.Style,
            Label = b.Label,
            CustomId = b.Style == ButtonStyle.Link ? null : b.CustomId,
            Url = b.Style == ButtonStyle.Link ? b.Url?.AbsoluteUri : null,
            Disabled = b.Disabled ? true : null,
        }).ToList(),
    }).ToList();

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static EmbedDto ToEmbed(Embed embed) => new()
    {
        Title = embed.Title,
        Description = embed.Description,
        Url = embed.Url?.AbsoluteUri,
        Color = embed.Color,
        Timestamp = embed.Timestamp,
        Footer = embed.FooterText is { } footer ? new EmbedTextDto { Text = footer } : null,
        Author = embed.AuthorName is { } author ? new EmbedNameDto { Name = author } : null,
        Image = embed.ImageUrl is { } image ? new EmbedUrlDto { Url = image.AbsoluteUri } : null,
        Thumbnail = embed.ThumbnailUrl is { } thumbnail ? new EmbedUrlDto { Url = thumbnail.AbsoluteUri } : null,
        Fields = embed.Fields.Count == 0 ? null : embed.Fields.Select(f => new EmbedFieldDto { Name = f.Name, Value = f.Value, Inline = f.Inline }).ToList(),
    };
}
