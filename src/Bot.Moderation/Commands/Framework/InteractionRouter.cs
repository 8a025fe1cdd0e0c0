using Bot.Discord.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// Sends each interaction to the module that owns its command name or custom-id prefix. Unknown interactions and
/// a module's failure get an ephemeral answer; nothing a module throws reaches the dispatcher.
/// </summary>
public sealed partial class InteractionRouter : IInteractionHandler
{
    internal const string UnknownCommandText = "Unknown command: it may have been removed. Try again in a minute.";
    internal const string FailureText = "Something went wrong handling this; it was logged. Nothing else was changed by this message.";

    private readonly Dictionary<string, IInteractionModule> _byCommand = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, IInteractionModule Module)> _byPrefix = [];
    private readonly IDiscordRest _rest;
    private readonly ILogger<InteractionRouter> _logger;

    public InteractionRouter(IEnumerable<IInteractionModule> modules, IDiscordRest rest, ILogger<InteractionRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(modules);
        _rest = rest;
        _logger = logger;
        foreach (var module in modules)
        {
            foreach (var command in module.Commands)
            {
                if (!_byCommand.TryAdd(command.Name, module))
                {
                    throw new InvalidOperationException($"Two interaction modules register the command '{command.Name}'.");
                }
            }

            foreach (var prefix in module.CustomIdPrefixes)
            {
                _byPrefix.Add((prefix, module));
            }
        }

        // The longest prefix wins, so "case:list:" can live beside "case:".
        _byPrefix.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Kind is InteractionKind.Ping or InteractionKind.Autocomplete)
        {
            return;
        }

        var module = Find(interaction);
        if (module is null)
        {
            LogUnknown(interaction.Id, interaction.Data.CommandName ?? interaction.Data.CustomId);
            await AnswerAsync(interaction, UnknownCommandText, cancellationToken);
            return;
        }

        try
        {
            await module.HandleAsync(interaction, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A module's bug must not stop the dispatcher; it is logged and answered.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailure(exception, interaction.Id, module.GetType().Name, interaction.Data.CommandName ?? interaction.Data.CustomId);
            await AnswerAsync(interaction, FailureText, cancellationToken);
        }
    }

    private IInteractionModule? Find(Interaction interaction)
    {
        if (interaction.Kind == InteractionKind.ApplicationCommand)
        {
            return interaction.Data.CommandName is { } name && _byCommand.TryGetValue(name, out var module) ? module : null;
        }

        if (interaction.Data.CustomId is not { } customId)
        {
            return null;
        }

        foreach (var (prefix, module) in _byPrefix)
        {
            if (customId.StartsWith(prefix, StringComparison.Ordinal))
            {
                return module;
            }
        }

        return null;
    }

    private async Task AnswerAsync(Interaction interaction, string text, CancellationToken cancellationToken)
    {
        var message = new OutgoingMessage { Content = text, Ephemeral = true };
        var result = await _rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Reply(message), cancellationToken);
        if (!result.IsSuccess)
        {
            // Already acknowledged by the module before it failed: a follow-up is the only way left to answer.
            result = (await _rest.FollowUpAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken)).WithoutValue();
        }

        if (!result.IsSuccess)
        {
            LogAnswerFailed(interaction.Id, result.Error!.Kind, result.Error.Message);
        }
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Interaction {InteractionId} for unknown command or component {Name}")]
    private partial void LogUnknown(InteractionId interactionId, string? name);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Error, Message = "Interaction {InteractionId} failed in {Module} ({Name})")]
    private partial void LogFailure(Exception exception, InteractionId interactionId, string module, string? name);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Could not answer interaction {InteractionId}: {ErrorKind} {ErrorMessage}")]
    private partial void LogAnswerFailed(InteractionId interactionId, DiscordErrorKind errorKind, string errorMessage);
}
