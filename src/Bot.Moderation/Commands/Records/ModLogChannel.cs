using Bot.Discord.Abstractions;
using Bot.Moderation.Settings;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Records;

/// <summary>Posts messages that are not case embeds (appeals) to the guild's mod-log channel, when one is set.</summary>
public sealed partial class ModLogChannel(IDiscordRest rest, IGuildPolicyCache policies, ILogger<ModLogChannel> logger)
{
    /// <summary>The sent message; null when no channel is set or Discord refused.</summary>
    public async Task<SentMessage?> PostAsync(GuildId guild, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(guild, cancellationToken);
        if (policy.ModLogChannel is not { } channel)
        {
            return null;
        }

        var sent = await rest.SendMessageAsync(channel, message, cancellationToken);
        if (!sent.IsSuccess)
        {
            LogPostFailed(guild, channel, sent.Error!.Kind, sent.Error.Message);
            return null;
        }

        return sent.Value;
    }

    [LoggerMessage(EventId = 7120, Level = LogLevel.Warning, Message = "Mod-log post in guild {GuildId} channel {ChannelId} failed: {ErrorKind} {ErrorMessage}")]
    private partial void LogPostFailed(GuildId guildId, ChannelId channelId, DiscordErrorKind errorKind, string errorMessage);
}
