using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.Policy;
using Bot.Moderation.Settings;
using Bot.Scoring.Incivility;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Scoring;

/// <summary><c>/score text</c> and the "Score message" context menu: the incivility score, reasons, terms, and what this server's thresholds make of it.</summary>
public sealed class ScoreCommands(
    IDiscordRest rest,
    IIncivilityScorer scorer,
    IGuildPolicyCache policies,
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

        var policy = await policies.GetAsync(context.Guild, cancellationToken);
        var embed = new Embed
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Incivility {result.Score:0.00}"),
            Description = CaseFormatter.Truncate(text, 1000),
            Fields =
            [
                new("Reasons", result.Reasons.Count == 0 ? "none" : string.Join(", ", result.Reasons), true),
                new("Terms", result.Terms.Count == 0 ? "none" : CaseFormatter.Truncate(string.Join(", ", result.Terms), 1000), true),
                new("Here it would be", Verdict(result.Score, policy), false),
            ],
        };
        await context.ReplyAsync(new OutgoingMessage { Embeds = [embed], Ephemeral = true }, cancellationToken);
    }

    /// <summary>The level the score reaches under the guild's incivility thresholds, and whether the guild acts or only records.</summary>
    public static string Verdict(double score, GuildPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var thresholds = policy.Incivility;
        var level = thresholds.Classify(score) switch
        {
            Severity.Timeout => "a timeout",
            Severity.Delete => "deleted",
            Severity.Flag => "flagged",
            _ => "left alone",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{level} (flag {thresholds.Flag:0.00}, delete {thresholds.Delete:0.00}, timeout {thresholds.Timeout:0.00}; mode {policy.Mode})");
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
