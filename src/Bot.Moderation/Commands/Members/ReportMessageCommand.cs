using System.Globalization;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Members;

/// <summary>
/// The "Report message" context menu for every member: a modal asks for an optional reason, then a MemberReport
/// case goes through the executor (recorded, nothing done) into the moderators' queue, the mod-log channel.
/// </summary>
public sealed class ReportMessageCommand(
    IDiscordRest rest,
    ModerationExecutor executor,
    ILogger<ReportMessageCommand> logger) : CommandModule(rest, logger)
{
    public const string ContextMenuName = "Report message";
    public const string ModalPrefix = "report:";
    public const string ReasonInput = "reason";

    private const string InvalidFormText = "That report form is no longer valid; report the message again.";

    public override IReadOnlyList<CommandDefinition> Commands { get; } = [new(ContextMenuName, "", CommandKind.Message)];

    public override IReadOnlyList<string> CustomIdPrefixes { get; } = [ModalPrefix];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.None;

    protected override Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        context.Interaction.Kind == InteractionKind.ModalSubmit
            ? SubmitAsync(context, cancellationToken)
            : AskReasonAsync(context, cancellationToken);

    private static async Task AskReasonAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data;
        if (data.TargetId is not { } target || !data.ResolvedMessages.TryGetValue(new MessageId(target), out var message))
        {
            throw new CommandInputException("Discord did not send the message; try again.");
        }

        if (message.Author.Id == context.Actor)
        {
            throw new CommandInputException("You cannot report your own message.");
        }

        // The modal's custom id carries the message, so the submission needs no server-side state.
        var customId = string.Create(CultureInfo.InvariantCulture, $"{ModalPrefix}{message.ChannelId}:{message.Id}:{message.Author.Id}");
        await context.ShowModalAsync(
            new ModalDefinition(customId, "Report message", [new TextInput(ReasonInput, "Why? (optional)", Paragraph: true, Required: false, MaxLength: 500)]),
            cancellationToken);
    }

    private async Task SubmitAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (channel, message, author) = ParseCustomId(context.Interaction.Data.CustomId);
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var reported = await FetchAsync(channel, message, cancellationToken);
        if (reported is not null && reported.Author.Id != author)
        {
            // The form names someone else as the author: a report must not open a case against a person who did not write it.
            throw new CommandInputException(InvalidFormText);
        }

        var reason = context.Interaction.Data.ModalValues.GetValueOrDefault(ReasonInput) is { Length: > 0 } given ? given.Trim() : null;
        await executor.ExecuteAsync(
            new ModerationRequest
            {
                Guild = context.Guild,
                User = author,
                Channel = channel,
                Message = message,
                Text = reported?.Content,
                Action = CaseAction.Report,
                Source = CaseSource.MemberReport,
                Actor = context.Actor,
                Note = reason,
            },
            cancellationToken);
        await context.ReplyAsync("Thanks, the moderators have your report.", cancellationToken);
    }

    private static (ChannelId Channel, MessageId Message, UserId Author) ParseCustomId(string? customId)
    {
        var parts = (customId ?? "")[ModalPrefix.Length..].Split(':');
        return parts.Length == 3
            && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var channel)
            && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var message)
            && ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var author)
                ? (new ChannelId(channel), new MessageId(message), new UserId(author))
                : throw new CommandInputException(InvalidFormText);
    }

    // The REST surface has no single-message fetch; the message just before id+1 is the message itself, if it still exists.
    private async Task<DiscordMessage?> FetchAsync(ChannelId channel, MessageId message, CancellationToken cancellationToken)
    {
        var page = await Rest.GetRecentMessagesAsync(channel, 1, new MessageId(message.Value + 1), cancellationToken);
        return page.IsSuccess && page.Value!.Count == 1 && page.Value[0].Id == message
            ? page.Value[0]
            : null;
    }
}
