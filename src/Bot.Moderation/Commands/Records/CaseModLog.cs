using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Records;

/// <summary>Posts cases and appeals to the guild's mod-log channel, when one is set.</summary>
public sealed partial class CaseModLog(
    IDbContextFactory<BotDbContext> contexts,
    IDiscordRest rest,
    CommandCaseStore cases,
    ILogger<CaseModLog> logger)
{
    /// <summary>The guild's mod-log channel, or null when none is configured.</summary>
    public async Task<ChannelId?> ChannelOfAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channel = await db.GuildSettings.Where(g => g.GuildId == guild.Value).Select(g => g.ModLogChannelId).FirstOrDefaultAsync(cancellationToken);
        return channel is { } id ? new ChannelId(id) : null;
    }

    /// <summary>Posts the case (with optional buttons) and records the message on it; false when nothing was posted.</summary>
    public async Task<bool> PostCaseAsync(ModerationCase moderationCase, IReadOnlyList<ActionRow> components, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var sent = await PostAsync(
            new GuildId(moderationCase.GuildId),
            new OutgoingMessage { Embeds = [CaseFormatter.ToEmbed(moderationCase)], Components = components },
            cancellationToken);
        if (sent is null)
        {
            return false;
        }

        await cases.SetModLogMessageAsync(moderationCase, sent.Id, cancellationToken);
        return true;
    }

    /// <summary>Posts any message to the mod log; null when no channel is set or Discord refused.</summary>
    public async Task<SentMessage?> PostAsync(GuildId guild, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (await ChannelOfAsync(guild, cancellationToken) is not { } channel)
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
