using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;

namespace Bot.Moderation.Commands.Moderator;

/// <summary>Rescinds a case: strikes pardoned, a running timeout lifted, the case and its audit kept. Shared by /pardon and granted appeals.</summary>
public sealed class CasePardoner(IDiscordRest rest, CommandCaseStore cases, CaseModLog modLog, TimeProvider time)
{
    /// <summary>Pardons case <paramref name="number"/>; returns the case and what happened to a running timeout (null when none ran).</summary>
    public async Task<(ModerationCase Case, string? TimeoutNote)> PardonAsync(
        GuildId guild, long number, UserId actor, string reason, CancellationToken cancellationToken)
    {
        var rescinded = await cases.RescindAsync(guild, number, actor, reason, cancellationToken);
        string? timeoutNote = null;
        if (rescinded.Action == CaseAction.Timeout && rescinded.ExpiresAt > time.GetUtcNow())
        {
            var lifted = await rest.RemoveTimeoutAsync(guild, new UserId(rescinded.UserId), $"Case #{rescinded.Number} pardoned", cancellationToken);
            timeoutNote = lifted.IsSuccess ? "timeout lifted" : $"the timeout could not be lifted: {lifted.Error!.Message}";
        }

        await modLog.PostAsync(
            guild,
            new OutgoingMessage { Embeds = [CaseFormatter.ToEmbed(rescinded)] },
            cancellationToken);
        return (rescinded, timeoutNote);
    }
}
