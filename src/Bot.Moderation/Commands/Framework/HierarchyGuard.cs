using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Pipeline;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// Refuses actions on the owner, on the bot, on oneself, on members at or above the moderator's top role,
/// and on members at or above the bot's top role (Discord would refuse those anyway, after a wasted call).
/// </summary>
public sealed class HierarchyGuard(IDiscordRest rest, GuildRoleCache roles, GuildDirectory directory, SelfActionTracker selfActions)
{
    /// <summary>Throws <see cref="CommandInputException"/> with the reason when the invoking moderator, or the bot, may not act on <paramref name="target"/>.</summary>
    public async Task EnsureCanActOnAsync(Interaction interaction, UserId target, GuildMember? resolvedTarget, CancellationToken cancellationToken)
    {
        var (hierarchy, targetTop) = await EnsureOutranksAsync(interaction, target, resolvedTarget, cancellationToken);
        if (hierarchy.BotTopPosition <= targetTop)
        {
            throw new CommandInputException("That member's top role is at or above mine; move my role higher to let me act on them.");
        }
    }

    /// <summary>
    /// The moderator's half of <see cref="EnsureCanActOnAsync"/>, for decisions that ask nothing of Discord about the
    /// member (a pardon): not oneself, not the bot or the owner, and only members below the moderator's top role.
    /// </summary>
    public Task EnsureModeratorOutranksAsync(Interaction interaction, UserId target, GuildMember? resolvedTarget, CancellationToken cancellationToken) =>
        EnsureOutranksAsync(interaction, target, resolvedTarget, cancellationToken);

    private async Task<(GuildHierarchy Hierarchy, int TargetTop)> EnsureOutranksAsync(
        Interaction interaction, UserId target, GuildMember? resolvedTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var guild = interaction.GuildId ?? throw new CommandInputException("This command works only in a server.");
        var actor = interaction.User.Id;
        if (target == actor)
        {
            throw new CommandInputException("You cannot use this on yourself.");
        }

        if (selfActions.BotUser == target)
        {
            throw new CommandInputException("I cannot act on myself.");
        }

        // Without the owner the check cannot be complete: refuse rather than risk acting on them.
        var owner = directory.OwnerOf(guild)
            ?? throw new CommandInputException("I have not received this server's details from Discord yet; try again in a moment.");
        if (owner == target)
        {
            throw new CommandInputException("The server owner cannot be moderated.");
        }

        var hierarchy = await roles.GetAsync(guild, cancellationToken);
        if (!hierarchy.IsSuccess)
        {
            throw new CommandInputException($"I could not read this server's roles: {hierarchy.Error!.Message}");
        }

        var targetRoles = await TargetRolesAsync(guild, target, resolvedTarget, cancellationToken);
        var targetTop = hierarchy.Value!.TopOf(targetRoles);
        var actorTop = interaction.Member is { } actorMember ? hierarchy.Value.TopOf(actorMember.Roles) : 0;
        if (owner != actor && actorTop <= targetTop)
        {
            throw new CommandInputException("You cannot act on a member whose top role is at or above yours.");
        }

        return (hierarchy.Value, targetTop);
    }

    private async Task<IReadOnlyList<RoleId>> TargetRolesAsync(GuildId guild, UserId target, GuildMember? resolved, CancellationToken cancellationToken)
    {
        if (resolved is not null)
        {
            return resolved.Roles;
        }

        var member = await rest.GetMemberAsync(guild, target, cancellationToken);
        if (member.IsSuccess)
        {
            return member.Value!.Roles;
        }

        // Someone who left has no roles: a warning or a note on them is still allowed.
        return member.Error!.Kind == DiscordErrorKind.NotFound
            ? []
            : throw new CommandInputException($"I could not look up that member: {member.Error.Message}");
    }
}
