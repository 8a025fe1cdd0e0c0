using Bot.Discord.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Framework;

/// <summary>One interaction being answered. Remembers whether it was acknowledged, so each reply goes to the right endpoint.</summary>
public sealed class CommandContext
{
    private readonly IDiscordRest _rest;
    private readonly ILogger _logger;
    private Acknowledgement _state;

    public CommandContext(Interaction interaction, IDiscordRest rest, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        Interaction = interaction;
        _rest = rest;
        _logger = logger;
        Options = new OptionReader(interaction.Data);
    }

    private enum Acknowledgement
    {
        None,
        Deferred,
        Replied,
    }

    public Interaction Interaction { get; }

    public OptionReader Options { get; }

    /// <summary>The guild the interaction came from; commands here are guild-only.</summary>
    public GuildId Guild => Interaction.GuildId ?? throw new CommandInputException("This command works only in a server.");

    public UserId Actor => Interaction.User.Id;

    /// <summary>True once the interaction has a response (a reply, a deferral, an update or a modal).</summary>
    public bool Acknowledged => _state != Acknowledgement.None;

    /// <summary>Acknowledges now, so slow work may take longer than Discord's 3 seconds.</summary>
    public async Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        if (_state != Acknowledgement.None)
        {
            return;
        }

        var result = await _rest.RespondToInteractionAsync(Interaction.Id, Interaction.Token, InteractionResponse.Defer(ephemeral), cancellationToken);
        Log(result, "defer");
        _state = Acknowledgement.Deferred;
    }

    /// <summary>Replies: the initial response, the deferred one, or a follow-up, whichever is due.</summary>
    public async Task ReplyAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = _state switch
        {
            Acknowledgement.None => await _rest.RespondToInteractionAsync(Interaction.Id, Interaction.Token, InteractionResponse.Reply(message), cancellationToken),
            Acknowledgement.Deferred => await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken),
            _ => (await _rest.FollowUpAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken)).WithoutValue(),
        };
        Log(result, "reply");
        _state = Acknowledgement.Replied;
    }

    /// <summary>Replies with plain text, visible only to the invoking user unless <paramref name="ephemeral"/> is false.</summary>
    public Task ReplyAsync(string text, CancellationToken cancellationToken, bool ephemeral = true) =>
        ReplyAsync(new OutgoingMessage { Content = text, Ephemeral = ephemeral }, cancellationToken);

    /// <summary>Replaces the message whose button was clicked.</summary>
    public async Task UpdateMessageAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var result = await _rest.RespondToInteractionAsync(
            Interaction.Id, Interaction.Token, new InteractionResponse(InteractionResponseKind.UpdateMessage, message), cancellationToken);
        Log(result, "update");
        _state = Acknowledgement.Replied;
    }

    public async Task ShowModalAsync(ModalDefinition modal, CancellationToken cancellationToken)
    {
        var result = await _rest.RespondToInteractionAsync(
            Interaction.Id, Interaction.Token, new InteractionResponse(InteractionResponseKind.Modal, Modal: modal), cancellationToken);
        Log(result, "modal");
        _state = Acknowledgement.Replied;
    }

    private void Log(DiscordResult result, string step)
    {
        if (!result.IsSuccess)
        {
            _logger.LogWarning(
                "Interaction {InteractionId} {Step} failed: {ErrorKind} {ErrorMessage}",
                Interaction.Id, step, result.Error!.Kind, result.Error.Message);
        }
    }
}
