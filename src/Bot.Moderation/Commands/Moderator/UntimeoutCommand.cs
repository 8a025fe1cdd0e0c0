using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/untimeout user</c>: lifts a member's timeout and opens a RemoveTimeout case.</summary>
public sealed class UntimeoutCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    CommandCaseStore cases,
    CaseModLog modLog,
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

        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var result = await Rest.RemoveTimeoutAsync(context.Guild, user, reason, cancellationToken);
        if (!result.IsSuccess)
        {
            await context.ReplyAsync($"Discord refused to lift the timeout: {result.Error!.Message}. No case was opened.", cancellationToken);
            return;
        }

        var created = await cases.CreateAsync(
            new ModerationCase
            {
                GuildId = context.Guild.Value,
                UserId = user.Value,
                Action = CaseAction.RemoveTimeout,
                Source = CaseSource.Moderator,
                ActorId = context.Actor.Value,
                Note = reason,
                Outcome = CaseOutcome.Done,
            },
            addStrike: false,
            cancellationToken);
        await modLog.PostCaseAsync(created, [], cancellationToken);
        await context.ReplyAsync($"Lifted <@{user}>'s timeout (case #{created.Number}).", cancellationToken);
    }
}
