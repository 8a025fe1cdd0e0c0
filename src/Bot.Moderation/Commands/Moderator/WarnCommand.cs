using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/warn user reason</c>: DMs the member, opens a Warn case and adds a strike.</summary>
public sealed class WarnCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    CommandCaseStore cases,
    CaseModLog modLog,
    GuildDirectory directory,
    ILogger<WarnCommand> logger) : CommandModule(rest, logger)
{
    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("warn", "Warn a member: a DM, a case and a strike")
        {
            DefaultMemberPermissions = DiscordPermissions.ModerateMembers,
            Options = [Define.User("user", "Who to warn"), Define.Text("reason", "Why (sent to them)", maxLength: 500)],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.ModerateMembers;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (user, _, member) = context.Options.GetRequiredUser("user");
        var reason = context.Options.GetRequiredString("reason");
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);
        await context.DeferAsync(ephemeral: true, cancellationToken);

        // The DM goes first: once a later step kicks or bans, the member may no longer share a server with the bot.
        var dm = await Rest.SendDirectMessageAsync(
            user,
            new OutgoingMessage { Content = $"You received a warning in **{directory.NameOf(context.Guild)}**: {reason}" },
            cancellationToken);
        var created = await cases.CreateAsync(
            new ModerationCase
            {
                GuildId = context.Guild.Value,
                UserId = user.Value,
                Action = CaseAction.Warn,
                Source = CaseSource.Moderator,
                ActorId = context.Actor.Value,
                Note = reason,
                Outcome = CaseOutcome.Done,
                OutcomeDetail = dm.IsSuccess ? "DM delivered" : $"DM not delivered: {dm.Error!.Message}",
            },
            addStrike: true,
            cancellationToken);
        await modLog.PostCaseAsync(created, [], cancellationToken);
        await context.ReplyAsync($"Warned <@{user}> (case #{created.Number}, strike added; {created.OutcomeDetail}).", cancellationToken);
    }
}
