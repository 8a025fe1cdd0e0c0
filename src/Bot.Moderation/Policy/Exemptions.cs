using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Settings;

namespace Bot.Moderation.Policy;

/// <summary>Who and what moderation leaves alone.</summary>
public static class Exemptions
{
    /// <summary>Why the message is exempt, or null when it is scored.</summary>
    /// <param name="parent">The channel of the thread the message is in, if it is in one.</param>
    public static string? Check(GuildPolicy policy, MessageCandidate message, ChannelId? parent, UserId? botUser, GuildDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(directory);
        if (botUser == message.Author.Id)
        {
            return "the bot itself";
        }

        if ((message.Author.IsBot || message.IsWebhook) && policy.ExemptOtherBots)
        {
            return "other bots are exempt";
        }

        if (policy.ExemptUsers.Contains(message.Author.Id.Value))
        {
            return "exempt user";
        }

        if (policy.ExemptChannels.Contains(message.Channel.Value) || (parent is { } p && policy.ExemptChannels.Contains(p.Value)))
        {
            return "exempt channel";
        }

        foreach (var role in message.Roles)
        {
            if (policy.ExemptRoles.Contains(role.Value))
            {
                return "exempt role";
            }
        }

        return directory.IsModerator(message.Guild, message.Author.Id, message.Roles) ? "member can manage messages" : null;
    }
}
