using Bot.Discord.Abstractions;

namespace Bot.Moderation.Pipeline;

/// <summary>A new or edited guild message, reduced to what scoring and policy need.</summary>
public sealed record MessageCandidate(
    GuildId Guild,
    ChannelId Channel,
    MessageId Message,
    DiscordUser Author,
    IReadOnlyList<RoleId> Roles,
    string Content,
    DateTimeOffset Timestamp,
    bool IsEdit,
    bool IsWebhook,
    int MentionCount)
{
    /// <summary>A posted message; null outside guilds.</summary>
    public static MessageCandidate? From(DiscordMessage message, GuildDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(directory);
        if (message.GuildId is not { } guild)
        {
            return null;
        }

        var roles = message.Member?.Roles ?? directory.RolesOf(guild, message.Author.Id);
        var mentions = message.MentionedUserIds.Count + message.MentionedRoleIds.Count + (message.MentionsEveryone ? 1 : 0);
        return new MessageCandidate(guild, message.ChannelId, message.Id, message.Author, roles, message.Content,
            message.Timestamp, false, message.IsWebhook, mentions);
    }

    /// <summary>An edit that changed the text; null for partial updates without text, author or guild.</summary>
    public static MessageCandidate? From(MessageUpdated update, GuildDirectory directory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(directory);
        if (update is not { GuildId: { } guild, Author: { } author, Content: { } content })
        {
            return null;
        }

        var roles = update.Member?.Roles ?? directory.RolesOf(guild, author.Id);
        return new MessageCandidate(guild, update.ChannelId, update.MessageId, author, roles, content,
            update.EditedTimestamp ?? now, true, false, 0);
    }
}
