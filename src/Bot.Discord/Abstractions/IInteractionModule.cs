namespace Bot.Discord.Abstractions;

/// <summary>
/// A feature's slash commands, context menus, buttons and modals. Features register modules in DI;
/// the interaction router registers every module's <see cref="Commands"/> and sends each interaction
/// to the module that owns its command name or custom-id prefix.
/// </summary>
public interface IInteractionModule
{
    /// <summary>Commands this module owns (registered at start by bulk overwrite).</summary>
    IReadOnlyList<CommandDefinition> Commands { get; }

    /// <summary>Custom-id prefixes of the buttons and modals this module owns, e.g. <c>"modlog:"</c>.</summary>
    IReadOnlyList<string> CustomIdPrefixes { get; }

    /// <summary>Handles one interaction this module owns; responds within 3 seconds (or defers).</summary>
    Task HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}

/// <summary>Receives every interaction the gateway delivers (the router implements it).</summary>
public interface IInteractionHandler
{
    Task HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}
