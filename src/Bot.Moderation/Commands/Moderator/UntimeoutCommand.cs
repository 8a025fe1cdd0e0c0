using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/untimeout user [reason]</c>: lifts a member's timeout through the executor (a RemoveTimeout case).</summary>
public sealed class UntimeoutCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    ModerationExecutor executor,
    TimeProvider time,
    ILogger<UntimeoutCommand> logger) : CommandModule(rest, logger)
{
    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("untimeout", "Lift a member's timeout")
        {
            DefaultMemberPermissions = DiscordPermissions.ModerateMembers,
            Options = [Define.User("user", "Whose timeout to lift"), Define.Text("reason", "Why", required: false, maxLength: 500)],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.ModerateMembers;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (user, _, member) = context.Options.GetRequiredUser("user");
        var reason = context.Options.GetString("reason");
        if (member is not null && (member.CommunicationDisabledUntil is not { } until || until <= time.GetUtcNow()))
        {
            throw new CommandInputException($"<@{user}> is not timed out.");
        }

        // Deferred first: the hierarchy check may need Discord calls, and the 3-second window does not wait.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);
        var done = await executor.ExecuteAsync(
            new ModerationRequest
            {
                Guild = context.Guild,
                User = user,
                Action = CaseAction.RemoveTimeout,
                Source = CaseSource.Moderator,
                Actor = context.Actor,
                Note = reason,
            },
            cancellationToken);
        await context.ReplyAsync(
            done.Outcome == CaseOutcome.Done
                ? $"Lifted <@{user}>'s timeout (case #{done.Number})."
                : $"Discord refused to lift the timeout: {done.OutcomeDetail} (case #{done.Number} records the failure).",
            cancellationToken);
    }
}
