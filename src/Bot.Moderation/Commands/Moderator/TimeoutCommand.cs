using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/timeout user duration reason</c>: times the member out (1 minute to 28 days) and opens a case.</summary>
public sealed class TimeoutCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    CommandCaseStore cases,
    CaseModLog modLog,
    TimeProvider time,
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
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);
        await context.DeferAsync(ephemeral: true, cancellationToken);

        var until = time.GetUtcNow() + duration;
        var result = await Rest.TimeoutMemberAsync(context.Guild, user, until, reason, cancellationToken);
        if (!result.IsSuccess)
        {
            await context.ReplyAsync($"Discord refused the timeout: {result.Error!.Message}. No case was opened.", cancellationToken);
            return;
        }

        var created = await cases.CreateAsync(
            new ModerationCase
            {
                GuildId = context.Guild.Value,
                UserId = user.Value,
                Action = CaseAction.Timeout,
                Source = CaseSource.Moderator,
                ActorId = context.Actor.Value,
                Note = reason,
                Outcome = CaseOutcome.Done,
                ExpiresAt = until,
            },
            addStrike: true,
            cancellationToken);
        await modLog.PostCaseAsync(created, [], cancellationToken);
        await context.ReplyAsync(
            $"Timed out <@{user}> for {DurationParser.Format(duration)}, until <t:{until.ToUnixTimeSeconds()}:f> (case #{created.Number}).",
            cancellationToken);
    }
}
