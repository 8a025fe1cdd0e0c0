using System.Globalization;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.ModLog;

namespace Bot.Moderation.Commands.Moderator;

/// <summary>
/// Rescinds a case: a running timeout lifted, strikes pardoned, the case and its audit kept, the new state posted to
/// the mod log. A kick or ban is not reversed (there is no unban here); its strike still goes. Shared by /pardon and granted appeals.
/// </summary>
public sealed class CasePardoner(
    IDiscordRest rest,
    CaseStore cases,
    HierarchyGuard hierarchy,
    SelfActionTracker selfActions,
    ModLogPublisher modLog,
    TimeProvider time)
{
    /// <summary>
    /// Pardons case <paramref name="number"/> for the moderator who sent <paramref name="interaction"/>, who must outrank
    /// the case's member (so not their own case); returns the updated case and a note of what was undone.
    /// </summary>
    public async Task<(ModerationCase Case, string Note)> PardonAsync(Interaction interaction, long number, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var guild = interaction.GuildId ?? throw new CommandInputException("This command works only in a server.");
        var actor = interaction.User.Id;
        var found = await cases.GetByNumberAsync(guild, number, cancellationToken);
        if (found.RescindedAt is not null)
        {
            throw new CommandInputException($"Case #{found.Number} was already pardoned.");
        }

        await hierarchy.EnsureModeratorOutranksAsync(interaction, new UserId(found.UserId), null, cancellationToken);

        var note = "strike pardoned";
        if (found is { Action: CaseAction.Timeout, Outcome: CaseOutcome.Done } && found.ExpiresAt > time.GetUtcNow())
        {
            var user = new UserId(found.UserId);
            selfActions.Mark(guild, user, SelfActionKind.RemoveTimeout);
            var lifted = await rest.RemoveTimeoutAsync(guild, user, string.Create(CultureInfo.InvariantCulture, $"NewsMod: case #{found.Number} pardoned"), cancellationToken);
            if (!lifted.IsSuccess)
            {
                throw new CommandInputException($"Discord refused to lift the timeout ({lifted.Error!.Message}); case #{found.Number} is unchanged.");
            }

            note = "timeout lifted, strike pardoned";
        }
        else if (found is { Action: CaseAction.Ban or CaseAction.Kick, Outcome: CaseOutcome.Done })
        {
            note = $"strike pardoned; the {found.Action.ToString().ToLowerInvariant()} itself must be lifted in Discord";
        }

        await cases.RescindAsync(found.Id, actor, $"{reason} ({note})", cancellationToken);
        var updated = await cases.FindAsync(found.Id, cancellationToken) ?? found;
        await modLog.PostAsync(updated, string.Create(CultureInfo.InvariantCulture, $"Case #{updated.Number} pardoned by <@{actor}>: {reason}"), cancellationToken);
        return (updated, note);
    }
}
