using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.ModLog;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.History;

/// <summary><c>/case show</c>, <c>/case list</c> and <c>/modlog</c>, with their paging buttons.</summary>
public sealed class CaseHistoryCommands(
    IDiscordRest rest,
    CaseStore cases,
    CaseHistoryPages pages,
    TimeProvider time,
    ILogger<CaseHistoryCommands> logger) : CommandModule(rest, logger)
{
    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(3650);

    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("case", "Look up cases")
        {
            DefaultMemberPermissions = Define.Moderator,
            Options =
            [
                Define.Sub("show", "Show one case", Define.WholeNumber("number", "Case number", required: true, 1, int.MaxValue)),
                Define.Sub(
                    "list",
                    "List cases, newest first",
                    Define.User("user", "Only this member's", required: false),
                    Define.Choice("type", "Only this action", false, [.. Enum.GetNames<CaseAction>()]),
                    Define.Text("since", "Only this recent, e.g. 24h, 7d", required: false, maxLength: 20)),
            ],
        },
        new("modlog", "A member's history: cases and active strikes")
        {
            DefaultMemberPermissions = Define.Moderator,
            Options = [Define.User("user", "Whose history")],
        },
    ];

    public override IReadOnlyList<string> CustomIdPrefixes { get; } = [CaseQuery.Prefix];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => Define.Moderator;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Kind == InteractionKind.MessageComponent)
        {
            var query = CaseQuery.Parse(context.Interaction.Data.CustomId ?? "")
                ?? throw new CommandInputException("That button is no longer valid; run the command again.");
            await context.UpdateMessageAsync(await pages.RenderAsync(context.Guild.Value, query, cancellationToken), cancellationToken);
            return;
        }

        switch (context.Interaction.Data.CommandName, context.Options.Subcommand)
        {
            case ("case", "show"):
                var found = await cases.GetByNumberAsync(context.Guild, context.Options.GetRequiredInteger("number"), cancellationToken);
                await context.ReplyAsync(CaseEmbedFormatter.Render(found) with { Ephemeral = true }, cancellationToken);
                break;
            case ("case", "list"):
                await context.ReplyAsync(await pages.RenderAsync(context.Guild.Value, ListQuery(context.Options), cancellationToken), cancellationToken);
                break;
            case ("modlog", _):
                var user = context.Options.GetRequiredUser("user").Id;
                var history = new CaseQuery(WithStrikes: true, 0, user.Value, null, null);
                await context.ReplyAsync(await pages.RenderAsync(context.Guild.Value, history, cancellationToken), cancellationToken);
                break;
            default:
                throw new CommandInputException("Unknown subcommand; the command list may be out of date.");
        }
    }

    private CaseQuery ListQuery(OptionReader options)
    {
        CaseAction? action = null;
        if (options.GetString("type") is { } type)
        {
            action = Enum.TryParse<CaseAction>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new CommandInputException($"`{type}` is not a case type. Use one of: {string.Join(", ", Enum.GetNames<CaseAction>())}.");
        }

        DateTimeOffset? since = options.GetString("since") is { } text
            ? time.GetUtcNow() - DurationParser.Parse(text, TimeSpan.FromMinutes(1), MaxLookBack)
            : null;
        return new CaseQuery(WithStrikes: false, 0, options.GetUser("user")?.Id.Value, action, since);
    }
}
