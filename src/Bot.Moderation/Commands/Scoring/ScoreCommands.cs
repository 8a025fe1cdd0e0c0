using System.Globalization;
using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Bot.Scoring.Incivility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Scoring;

/// <summary><c>/score text</c> and the "Score message" context menu: the incivility score, reasons, terms, and what this server's thresholds make of it.</summary>
public sealed class ScoreCommands(
    IDiscordRest rest,
    IIncivilityScorer scorer,
    IDbContextFactory<BotDbContext> contexts,
    ILogger<ScoreCommands> logger) : CommandModule(rest, logger)
{
    public const string ContextMenuName = "Score message";

    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("score", "Score a text for incivility, as the bot would")
        {
            DefaultMemberPermissions = Define.Moderator,
            Options = [Define.Text("text", "The text to score", maxLength: 2000)],
        },
        new(ContextMenuName, "", CommandKind.Message) { DefaultMemberPermissions = Define.Moderator },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => Define.Moderator;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var text = context.Interaction.Data.CommandKind == CommandKind.Message
            ? TargetText(context.Interaction.Data)
            : context.Options.GetRequiredString("text");
        var result = scorer.Score(text);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.GuildSettings.AsNoTracking().FirstOrDefaultAsync(g => g.GuildId == context.Guild.Value, cancellationToken)
            ?? new GuildSettings { GuildId = context.Guild.Value };
        var embed = new Embed
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Incivility {result.Score:0.00}"),
            Description = CaseFormatter.Truncate(text, 1000),
            Fields =
            [
                new("Reasons", result.Reasons.Count == 0 ? "none" : string.Join(", ", result.Reasons), true),
                new("Terms", result.Terms.Count == 0 ? "none" : CaseFormatter.Truncate(string.Join(", ", result.Terms), 1000), true),
                new("Here it would be", Verdict(result.Score, settings), false),
            ],
        };
        await context.ReplyAsync(new OutgoingMessage { Embeds = [embed], Ephemeral = true }, cancellationToken);
    }

    /// <summary>The level the score reaches under the guild's incivility thresholds, and whether the guild acts or only records.</summary>
    public static string Verdict(double score, GuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var level = score >= settings.IncivilityTimeoutThreshold ? "timed out"
            : score >= settings.IncivilityDeleteThreshold ? "deleted"
            : score >= settings.IncivilityFlagThreshold ? "flagged"
            : "left alone";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{level} (flag {settings.IncivilityFlagThreshold:0.00}, delete {settings.IncivilityDeleteThreshold:0.00}, timeout {settings.IncivilityTimeoutThreshold:0.00}; mode {settings.Mode})");
    }

    private static string TargetText(InteractionData data)
    {
        if (data.TargetId is { } target && data.ResolvedMessages.TryGetValue(new MessageId(target), out var message))
        {
            return message.Content.Length > 0
                ? message.Content
                : throw new CommandInputException("That message has no text to score.");
        }

        throw new CommandInputException("Discord did not send the message; try again.");
    }
}
