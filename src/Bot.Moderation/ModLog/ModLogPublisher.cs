using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Settings;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.ModLog;

/// <summary>Posts a case to its guild's mod-log channel and remembers the message on the case.</summary>
public sealed class ModLogPublisher(
    IDiscordRest rest,
    IGuildPolicyCache policies,
    CaseStore cases,
    ILogger<ModLogPublisher> logger)
{
    /// <summary>Posts the case; false when the guild has no mod-log channel or Discord refused (the case stays as it is).</summary>
    public async Task<bool> PostAsync(ModerationCase moderationCase, string? alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var policy = await policies.GetAsync(new GuildId(moderationCase.GuildId), cancellationToken);
        if (policy.ModLogChannel is not { } channel)
        {
            return false;
        }

        var sent = await rest.SendMessageAsync(channel, CaseEmbedFormatter.Render(moderationCase, alert), cancellationToken);
        if (!sent.IsSuccess)
        {
            logger.LogWarning("Mod-log post of case {CaseId} in guild {GuildId} failed: {ErrorKind} {Error}",
                moderationCase.Id, moderationCase.GuildId, sent.Error!.Kind, sent.Error.Message);
            return false;
        }

        moderationCase.ModLogMessageId = sent.Value!.Id.Value;
        await cases.SetModLogMessageAsync(moderationCase.Id, sent.Value.Id, cancellationToken);
        return true;
    }
}
