using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.ModLog;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Settings;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary>
/// <c>/warn user reason</c>: DMs the member, opens a Warn case with a strike and posts it to the mod log.
/// Not through the executor: its Warn deletes a message and words the DM for one, and a /warn has no message.
/// </summary>
public sealed class WarnCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    CaseStore cases,
    ModLogPublisher modLog,
    IGuildPolicyCache policies,
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
        // Deferred first: the hierarchy check may need Discord calls, and the 3-second window does not wait.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);

        var dm = await Rest.SendDirectMessageAsync(
            user,
            new OutgoingMessage { Content = $"You received a warning in **{directory.NameOf(context.Guild)}**: {reason}" },
            cancellationToken);
        var policy = await policies.GetAsync(context.Guild, cancellationToken);
        var created = await cases.CreateAsync(
            new NewCase
            {
                Guild = context.Guild,
                User = user,
                Action = CaseAction.Warn,
                Outcome = CaseOutcome.Done,
                Source = CaseSource.Moderator,
                Actor = context.Actor,
                Note = reason,
                OutcomeDetail = dm.IsSuccess ? "DM delivered" : $"DM not delivered: {dm.Error!.Message}",
                StrikeLifetime = policy.StrikeDecay,
            },
            cancellationToken);
        await modLog.PostAsync(created, null, cancellationToken);
        await context.ReplyAsync($"Warned <@{user}> (case #{created.Number}, strike added; {created.OutcomeDetail}).", cancellationToken);
    }
}
