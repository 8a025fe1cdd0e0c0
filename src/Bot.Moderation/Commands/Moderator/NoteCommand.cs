using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/note user text</c>: a moderator's note on a member's record; no strike, nothing sent to them.</summary>
public sealed class NoteCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    ModerationExecutor executor,
    ILogger<NoteCommand> logger) : CommandModule(rest, logger)
{
    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("note", "Add a note to a member's record")
        {
            DefaultMemberPermissions = Define.Moderator,
            Options = [Define.User("user", "Who the note is about"), Define.Text("text", "The note", maxLength: 2000)],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => Define.Moderator;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (user, _, member) = context.Options.GetRequiredUser("user");
        var text = context.Options.GetRequiredString("text");
        // Deferred first: the hierarchy check may need Discord calls, and the 3-second window does not wait.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);
        var created = await executor.ExecuteAsync(
            new ModerationRequest
            {
                Guild = context.Guild,
                User = user,
                Action = CaseAction.Note,
                Source = CaseSource.Moderator,
                Actor = context.Actor,
                Note = text,
            },
            cancellationToken);
        await context.ReplyAsync($"Noted on <@{user}>'s record (case #{created.Number}).", cancellationToken);
    }
}
