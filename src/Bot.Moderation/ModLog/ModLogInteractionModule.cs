using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.ModLog;

/// <summary>
/// The mod-log buttons. Only members with Manage Messages or Moderate Members may use them; every click, refused or
/// not, is written to the audit trail. Undo lifts a timeout and pardons the strike; it cannot restore a deleted
/// message nor lift a ban or kick, and says so. Confirm and Not uncivil store the verdict as retraining data. Undo and
/// Not uncivil pardon a strike, so like /pardon they need a moderator who outranks the case's member (not themselves).
/// </summary>
public sealed partial class ModLogInteractionModule(
    IDiscordRest rest,
    CaseStore cases,
    SelfActionTracker selfActions,
    HierarchyGuard hierarchy,
    ILogger<ModLogInteractionModule> logger) : IInteractionModule
{
    private const DiscordPermissions Allowed = DiscordPermissions.ManageMessages | DiscordPermissions.ModerateMembers | DiscordPermissions.Administrator;

    public IReadOnlyList<CommandDefinition> Commands => [];

    public IReadOnlyList<string> CustomIdPrefixes => [ModLogCustomId.Prefix];

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!ModLogCustomId.TryParse(interaction.Data.CustomId, out var verb, out var caseId) || interaction.GuildId is not { } guild)
        {
            await ReplyAsync(interaction, "This button is not recognised.", cancellationToken);
            return;
        }

        if ((interaction.MemberPermissions & Allowed) == 0)
        {
            await cases.AppendAuditAsync(guild, null, interaction.User.Id, AuditKinds.ModLogRefused,
                $"{verb} on case id {caseId}: missing Manage Messages / Moderate Members", cancellationToken);
            await ReplyAsync(interaction, "You need Manage Messages or Moderate Members to use these buttons.", cancellationToken);
            return;
        }

        var moderationCase = await cases.FindAsync(caseId, cancellationToken);
        if (moderationCase is null || moderationCase.GuildId != guild.Value)
        {
            await ReplyAsync(interaction, "That case no longer exists in this server.", cancellationToken);
            return;
        }

        LogClick(logger, verb, moderationCase.Number, guild, interaction.User.Id);
        // Before the rank check: a stale Undo button should say what happened, not that this moderator may not act.
        if (verb is ModLogCustomId.Undo && moderationCase.RescindedAt is not null)
        {
            await ReplyAsync(interaction, $"Case #{moderationCase.Number} is already undone.", cancellationToken);
            return;
        }

        // Confirm only labels the text uncivil and pardons nothing, so it needs no rank over the case's member.
        if (verb is not ModLogCustomId.Confirm && await HierarchyRefusalAsync(interaction, moderationCase, cancellationToken) is { } refusal)
        {
            await cases.AppendAuditAsync(guild, moderationCase.Id, interaction.User.Id, AuditKinds.ModLogRefused, $"{verb}: {refusal}", cancellationToken);
            await ReplyAsync(interaction, refusal, cancellationToken);
            return;
        }

        switch (verb)
        {
            case ModLogCustomId.Undo:
                await UndoAsync(interaction, moderationCase, cancellationToken);
                break;
            case ModLogCustomId.Confirm:
                await cases.AddFeedbackAsync(moderationCase.Id, interaction.User.Id, uncivil: true, cancellationToken);
                await ReplyAsync(interaction, $"Case #{moderationCase.Number} confirmed; kept as labeled data for retraining.", cancellationToken);
                break;
            default:
                await cases.AddFeedbackAsync(moderationCase.Id, interaction.User.Id, uncivil: false, cancellationToken);
                await ReplyAsync(interaction, $"Case #{moderationCase.Number} marked not uncivil: kept for retraining, strike pardoned.", cancellationToken);
                break;
        }
    }

    /// <summary>Why the clicking moderator may not pardon a strike of the case's member; null when they may.</summary>
    private async Task<string?> HierarchyRefusalAsync(Interaction interaction, ModerationCase moderationCase, CancellationToken cancellationToken)
    {
        try
        {
            await hierarchy.EnsureModeratorOutranksAsync(interaction, new UserId(moderationCase.UserId), null, cancellationToken);
            return null;
        }
        catch (CommandInputException refused)
        {
            LogHierarchyRefused(logger, moderationCase.Number, new GuildId(moderationCase.GuildId), interaction.User.Id, refused.Message);
            return refused.Message;
        }
    }

    private async Task UndoAsync(Interaction interaction, ModerationCase moderationCase, CancellationToken cancellationToken)
    {
        if (moderationCase.Action is CaseAction.Ban or CaseAction.Kick && moderationCase.Outcome != CaseOutcome.Shadow)
        {
            await ReplyAsync(interaction, $"A {moderationCase.Action.ToString().ToLowerInvariant()} cannot be undone from here; lift it in Discord.", cancellationToken);
            return;
        }

        var note = "strike pardoned";
        if (moderationCase is { Action: CaseAction.Timeout, Outcome: CaseOutcome.Done })
        {
            var guild = new GuildId(moderationCase.GuildId);
            var user = new UserId(moderationCase.UserId);
            selfActions.Mark(guild, user, SelfActionKind.RemoveTimeout);
            var removed = await rest.RemoveTimeoutAsync(guild, user, $"NewsMod: case #{moderationCase.Number} undone by {interaction.User.Id}", cancellationToken);
            if (!removed.IsSuccess)
            {
                await ReplyAsync(interaction, $"Discord refused to remove the timeout ({removed.Error!.Kind}: {removed.Error.Message}); the case is unchanged.", cancellationToken);
                return;
            }

            note = "timeout removed, strike pardoned";
        }
        else if (moderationCase.Action is CaseAction.Delete or CaseAction.Warn || moderationCase.MessageId is not null)
        {
            note = "strike pardoned; a deleted message cannot be restored";
        }

        await cases.RescindAsync(moderationCase.Id, interaction.User.Id, $"undone from the mod log: {note}", cancellationToken);
        var updated = await cases.FindAsync(moderationCase.Id, cancellationToken) ?? moderationCase;
        // Updating the clicked message shows the undo to every moderator, and disables the button.
        var response = await rest.RespondToInteractionAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionResponseKind.UpdateMessage, CaseEmbedFormatter.Render(updated)), cancellationToken);
        if (!response.IsSuccess)
        {
            LogReplyFailed(logger, interaction.Id, response.Error!.Message);
        }
    }

    private async Task ReplyAsync(Interaction interaction, string text, CancellationToken cancellationToken)
    {
        var response = await rest.RespondToInteractionAsync(interaction.Id, interaction.Token,
            InteractionResponse.Reply(new OutgoingMessage { Content = text, Ephemeral = true }), cancellationToken);
        if (!response.IsSuccess)
        {
            LogReplyFailed(logger, interaction.Id, response.Error!.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mod-log {Verb} on case {CaseNumber} in guild {GuildId} by {UserId}")]
    private static partial void LogClick(ILogger logger, string verb, int caseNumber, GuildId guildId, UserId userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mod-log click on case {CaseNumber} in guild {GuildId} by {UserId} refused: {Reason}")]
    private static partial void LogHierarchyRefused(ILogger logger, int caseNumber, GuildId guildId, UserId userId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to interaction {InteractionId} failed: {Error}")]
    private static partial void LogReplyFailed(ILogger logger, InteractionId interactionId, string error);
}
