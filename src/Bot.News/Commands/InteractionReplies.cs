using Bot.Discord.Abstractions;

namespace Bot.News.Commands;

/// <summary>Replies to an interaction: at once, or by editing a deferred response.</summary>
internal sealed class InteractionReplies(IDiscordRest rest)
{
    public const int MaxContent = 2000;

    public Task ReplyAsync(Interaction interaction, string text, bool ephemeral, CancellationToken cancellationToken) =>
        rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Reply(Message(text, ephemeral)), cancellationToken);

    /// <summary>Acknowledges within Discord's 3 seconds; the answer follows through <see cref="EditAsync(Interaction, OutgoingMessage, CancellationToken)"/>.</summary>
    public async Task<bool> DeferAsync(Interaction interaction, bool ephemeral, CancellationToken cancellationToken) =>
        (await rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Defer(ephemeral), cancellationToken).ConfigureAwait(false)).IsSuccess;

    public Task EditAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        EditAsync(interaction, Message(text, false), cancellationToken);

    public Task EditAsync(Interaction interaction, OutgoingMessage message, CancellationToken cancellationToken) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);

    private static OutgoingMessage Message(string text, bool ephemeral) =>
        new() { Content = Summaries.SummaryLimits.Truncate(text, MaxContent), Ephemeral = ephemeral };
}
