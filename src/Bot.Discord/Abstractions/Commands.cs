namespace Bot.Discord.Abstractions;

/// <summary>Application command types (docs: interactions/application-commands#application-command-object-application-command-types).</summary>
public enum CommandKind
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

/// <summary>Option types (docs: ...#application-command-object-application-command-option-type).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Discord's own option type names.")]
public enum CommandOptionKind
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

/// <summary>A command to register: slash command or context menu.</summary>
public sealed record CommandDefinition(string Name, string Description, CommandKind Kind = CommandKind.ChatInput)
{
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];

    /// <summary>Who sees the command by default; null means everyone. Our own check runs on every use regardless.</summary>
    public DiscordPermissions? DefaultMemberPermissions { get; init; }

    /// <summary>Guild-only when true (contexts = [0]).</summary>
    public bool GuildOnly { get; init; } = true;
}

/// <summary>An option or subcommand of a command.</summary>
public sealed record CommandOptionDefinition(CommandOptionKind Kind, string Name, string Description, bool Required = false)
{
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];
    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<ChannelKind> ChannelKinds { get; init; } = [];
}

/// <summary>A fixed choice of a string, integer or number option.</summary>
public sealed record CommandChoice(string Name, string Value);
