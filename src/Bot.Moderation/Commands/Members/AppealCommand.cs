using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.Moderator;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.ModLog;
using Bot.Moderation.Pipeline;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Members;

/// <summary>
/// <c>/appeal case text</c>, only by the member the case is about: the appeal goes to the mod-log channel with
/// Grant and Deny buttons for moderators. Grant pardons the case; either answer is audited and sent to the member.
/// </summary>
public sealed class AppealCommand(
    IDiscordRest rest,
    CaseStore cases,
    ModLogChannel modLog,
    CasePardoner pardoner,
    GuildDirectory directory,
    ILogger<AppealCommand> logger) : CommandModule(rest, logger)
{
    public const string GrantPrefix = "appeal:grant:";
    public const string DenyPrefix = "appeal:deny:";

    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("appeal", "Appeal a moderation case about you")
        {
            Options =
            [
                Define.WholeNumber("case", "The case number (from the message you received)", required: true, 1, int.MaxValue),
                Define.Text("text", "Why the decision should be reversed", maxLength: 1500),
            ],
        },
    ];

    public override IReadOnlyList<string> CustomIdPrefixes { get; } = ["appeal:"];

    // Anyone may appeal (the case check below limits it to the case's member); only moderators answer.
    protected override DiscordPermissions RequiredPermissions(CommandContext context) =>
        context.Interaction.Kind == InteractionKind.MessageComponent ? Define.Moderator : DiscordPermissions.None;

    protected override Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        context.Interaction.Kind == InteractionKind.MessageComponent
            ? AnswerAsync(context, cancellationToken)
            : AppealAsync(context, cancellationToken);

    private async Task AppealAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var number = context.Options.GetRequiredInteger("case");
        var text = context.Options.GetRequiredString("text");
        var appealed = await cases.GetByNumberAsync(context.Guild, number, cancellationToken);
        if (appealed.UserId != context.Actor.Value)
        {
            throw new CommandInputException($"Case #{number} is not about you; only its member can appeal it.");
        }

        if (appealed.RescindedAt is not null)
        {
            throw new CommandInputException($"Case #{number} was already pardoned.");
        }

        var embed = CaseEmbedFormatter.Render(appealed).Embeds[0] with
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Appeal of case #{appealed.Number}"),
            Description = CaseFormatter.Truncate(text, 1500),
        };
        var posted = await modLog.PostAsync(context.Guild, new OutgoingMessage { Embeds = [embed], Components = [Buttons(appealed.Number, answered: false)] }, cancellationToken);
        if (posted is null)
        {
            throw new CommandInputException("This server does not take appeals through the bot right now (no mod-log channel). Contact a moderator.");
        }

        await cases.AppendAuditAsync(context.Guild, appealed.Id, context.Actor, AppealAudit.Appealed, text, cancellationToken);
        await context.ReplyAsync($"Your appeal of case #{appealed.Number} was sent to the moderators.", cancellationToken);
    }

    private async Task AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var customId = context.Interaction.Data.CustomId ?? "";
        var grant = customId.StartsWith(GrantPrefix, StringComparison.Ordinal);
        var prefix = grant ? GrantPrefix : DenyPrefix;
        if (!customId.StartsWith(prefix, StringComparison.Ordinal)
            || !long.TryParse(customId.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new CommandInputException("That button is no longer valid.");
        }

        var moderator = context.Interaction.User;
        string outcome;
        Bot.Data.Entities.ModerationCase answered;
        if (grant)
        {
            (answered, var note) = await pardoner.PardonAsync(context.Interaction, number, $"appeal granted by {moderator.Username}", cancellationToken);
            outcome = $"Appeal granted by <@{context.Actor}>: {note}.";
        }
        else
        {
            answered = await cases.GetByNumberAsync(context.Guild, number, cancellationToken);
            if (answered.RescindedAt is not null)
            {
                // A stale copy of an appeal already granted: denying it now would contradict what the member was told.
                throw new CommandInputException($"Case #{number} was already pardoned.");
            }

            await cases.AppendAuditAsync(context.Guild, answered.Id, context.Actor, AppealAudit.Denied, $"by {moderator.Username}", cancellationToken);
            outcome = $"Appeal denied by <@{context.Actor}>.";
        }

        // The buttons stay, disabled, so the message still shows what was asked and no second moderator can answer it.
        await context.UpdateMessageAsync(
            CaseEmbedFormatter.Render(answered, outcome) with { Components = [Buttons(number, answered: true)] }, cancellationToken);
        var verdict = grant ? "granted: the case was pardoned" : "denied";
        await Rest.SendDirectMessageAsync(
            new UserId(answered.UserId),
            new OutgoingMessage { Content = $"Your appeal of case #{number} in **{directory.NameOf(context.Guild)}** was {verdict}." },
            cancellationToken);
    }

    private static ActionRow Buttons(long number, bool answered) => new(
    [
        new Button(ButtonStyle.Success, "Grant (pardon)", string.Create(CultureInfo.InvariantCulture, $"{GrantPrefix}{number}"), Disabled: answered),
        new Button(ButtonStyle.Danger, "Deny", string.Create(CultureInfo.InvariantCulture, $"{DenyPrefix}{number}"), Disabled: answered),
    ]);
}
