using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/timeout user duration reason</c>: times the member out (1 minute to 28 days) through the executor, with a strike.</summary>
public sealed class TimeoutCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    ModerationExecutor executor,
    ILogger<TimeoutCommand> logger) : CommandModule(rest, logger)
{
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(1);

    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("timeout", "Time a member out")
        {
            DefaultMemberPermissions = DiscordPermissions.ModerateMembers,
            Options =
            [
                Define.User("user", "Who to time out"),
                Define.Text("duration", "How long, e.g. 10m, 1h, 7d (at most 28d)", maxLength: 20),
                Define.Text("reason", "Why", maxLength: 500),
            ],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.ModerateMembers;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (user, _, member) = context.Options.GetRequiredUser("user");
        var duration = DurationParser.Parse(context.Options.GetRequiredString("duration"), MinDuration, DurationParser.MaxTimeout);
        var reason = context.Options.GetRequiredString("reason");
        // Deferred first: the hierarchy check may need Discord calls, and the 3-second window does not wait.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);

        var done = await executor.ExecuteAsync(
            new ModerationRequest
            {
                Guild = context.Guild,
                User = user,
                Action = CaseAction.Timeout,
                Source = CaseSource.Moderator,
                Actor = context.Actor,
                TimeoutDuration = duration,
                AddStrike = true,
                Note = reason,
            },
            cancellationToken);
        await context.ReplyAsync(
            done.Outcome == CaseOutcome.Done
                ? $"Timed out <@{user}> for {DurationParser.Format(duration)}, until <t:{done.ExpiresAt?.ToUnixTimeSeconds()}:f> (case #{done.Number})."
                : $"Discord refused the timeout: {done.OutcomeDetail} (case #{done.Number} records the failure).",
            cancellationToken);
    }
}
