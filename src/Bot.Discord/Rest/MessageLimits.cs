using Bot.Discord.Abstractions;

namespace Bot.Discord.Rest;

/// <summary>
/// Message limits checked before a request leaves (docs: resources/message#create-message,
/// resources/message#embed-object-embed-limits, interactions/message-components).
/// </summary>
internal static class MessageLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTotal = 6000;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Author = 256;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;

    /// <summary>Null when the message may be sent; otherwise why not. An empty message is allowed only where <paramref name="allowEmpty"/>.</summary>
    public static DiscordError? Check(OutgoingMessage message, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is { Length: > Content })
            return Invalid($"content has {message.Content.Length} characters; the limit is {Content}");
        if (!allowEmpty && string.IsNullOrEmpty(message.Content) && message.Embeds.Count == 0 && message.Components.Count == 0)
            return Invalid("a message needs content, an embed or a component");
        if (message.Embeds.Count > Embeds)
            return Invalid($"{message.Embeds.Count} embeds; the limit is {Embeds}");
        var total = 0;
        for (var i = 0; i < message.Embeds.Count; i++)
        {
            if (CheckEmbed(message.Embeds[i], i, ref total) is { } error)
                return error;
        }
        if (total > EmbedTotal)
            return Invalid($"the embeds hold {total} characters together; the limit is {EmbedTotal}");
        return CheckComponents(message.Components);
    }

    private static DiscordError? CheckEmbed(Embed embed, int index, ref int total)
    {
        ArgumentNullException.ThrowIfNull(embed);
        if (Over(embed.Title, Title, $"embed {index} title", ref total) is { } title)
            return title;
        if (Over(embed.Description, Description, $"embed {index} description", ref total) is { } description)
            return description;
        if (Over(embed.FooterText, Footer, $"embed {index} footer", ref total) is { } footer)
            return footer;
        if (Over(embed.AuthorName, Author, $"embed {index} author name", ref total) is { } author)
            return author;
        if (embed.Fields.Count > Fields)
            return Invalid($"embed {index} has {embed.Fields.Count} fields; the limit is {Fields}");
        for (var f = 0; f < embed.Fields.Count; f++)
        {
            var field = embed.Fields[f];
            if (string.IsNullOrEmpty(field.Name) || string.IsNullOrEmpty(field.Value))
                return Invalid($"embed {index} field {f} needs a name and a value");
            if (Over(field.Name, FieldName, $"embed {index} field {f} name", ref total) is { } name)
                return name;
            if (Over(field.Value, FieldValue, $"embed {index} field {f} value", ref total) is { } value)
                return value;
        }
        return null;
    }

    private static DiscordError? CheckComponents(IReadOnlyList<ActionRow> rows)
    {
        if (rows.Count > ActionRows)
            return Invalid($"{rows.Count} action rows; the limit is {ActionRows}");
        foreach (var row in rows)
        {
            if (row.Buttons.Count is 0 or > ButtonsPerRow)
                return Invalid($"an action row holds 1 to {ButtonsPerRow} buttons, not {row.Buttons.Count}");
            foreach (var button in row.Buttons)
            {
                if (button.Label.Length > ButtonLabel)
                    return Invalid($"button label '{button.Label[..20]}…' is over {ButtonLabel} characters");
                var isLink = button.Style == ButtonStyle.Link;
                if (isLink ? button.Url is null : string.IsNullOrEmpty(button.CustomId))
                    return Invalid(isLink ? "a link button needs a URL" : "a button needs a custom id");
                if (button.CustomId is { Length: > CustomId })
                    return Invalid($"custom id is over {CustomId} characters");
            }
        }
        return null;
    }

    private static DiscordError? Over(string? text, int limit, string what, ref int total)
    {
        if (text is null)
            return null;
        total += text.Length;
        return text.Length > limit ? Invalid($"{what} has {text.Length} characters; the limit is {limit}") : null;
    }

    private static DiscordError Invalid(string message) => new(DiscordErrorKind.Invalid, "Not sent: " + message + ".");
}
