namespace Bot.Discord.Abstractions;

/// <summary>Interaction kinds (docs: interactions/receiving-and-responding#interaction-object-interaction-type).</summary>
public enum InteractionKind
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>An interaction: who, where, and what they invoked or clicked.</summary>
public sealed record Interaction(
    InteractionId Id,
    ApplicationId ApplicationId,
    InteractionKind Kind,
    string Token,
    GuildId? GuildId,
    ChannelId? ChannelId,
    DiscordUser User,
    GuildMember? Member,
    DiscordPermissions MemberPermissions,
    InteractionData Data);

/// <summary>The payload of an interaction; which fields are set depends on <see cref="Interaction.Kind"/>.</summary>
public sealed record InteractionData
{
    /// <summary>Command name, for commands and context menus.</summary>
    public string? CommandName { get; init; }

    public CommandKind? CommandKind { get; init; }

    /// <summary>Options as given; subcommand groups and subcommands nest.</summary>
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>The message or user a context-menu command targets.</summary>
    public ulong? TargetId { get; init; }

    /// <summary>Resolved users, members and messages the options or target refer to.</summary>
    public IReadOnlyDictionary<UserId, DiscordUser> ResolvedUsers { get; init; } = new Dictionary<UserId, DiscordUser>();
    public IReadOnlyDictionary<UserId, GuildMember> ResolvedMembers { get; init; } = new Dictionary<UserId, GuildMember>();
    public IReadOnlyDictionary<MessageId, DiscordMessage> ResolvedMessages { get; init; } = new Dictionary<MessageId, DiscordMessage>();

    /// <summary>A button's or a modal's custom id.</summary>
    public string? CustomId { get; init; }

    /// <summary>A modal's text inputs by custom id.</summary>
    public IReadOnlyDictionary<string, string> ModalValues { get; init; } = new Dictionary<string, string>();
}

/// <summary>One option value; <see cref="Value"/> is the raw value as text (numbers invariant, snowflakes as digits).</summary>
public sealed record InteractionOption(string Name, CommandOptionKind Kind, string? Value, IReadOnlyList<InteractionOption> Options);

/// <summary>How the bot answers an interaction (docs: ...#interaction-response-object-interaction-callback-type).</summary>
public enum InteractionResponseKind
{
    ChannelMessage = 4,
    DeferredChannelMessage = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    Modal = 9,
}

/// <summary>The initial answer to an interaction: a message, a deferral, an update of the clicked message, or a modal.</summary>
public sealed record InteractionResponse(InteractionResponseKind Kind, OutgoingMessage? Message = null, ModalDefinition? Modal = null)
{
    public static InteractionResponse Reply(OutgoingMessage message) => new(InteractionResponseKind.ChannelMessage, message);

    public static InteractionResponse Defer(bool ephemeral) =>
        new(InteractionResponseKind.DeferredChannelMessage, new OutgoingMessage { Ephemeral = ephemeral });
}

/// <summary>A modal with short or paragraph text inputs.</summary>
public sealed record ModalDefinition(string CustomId, string Title, IReadOnlyList<TextInput> Inputs);

/// <summary>A text input of a modal.</summary>
public sealed record TextInput(string CustomId, string Label, bool Paragraph, bool Required, int? MaxLength = null, string? Placeholder = null);
