using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Discord.Abstractions;
using Bot.Discord.Json;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Rest;

/// <summary>
/// Checks and converts command definitions for bulk overwrite
/// (docs: interactions/application-commands#application-command-object, #registering-a-command).
/// </summary>
internal static partial class CommandRequestBuilder
{
    public const int MaxChatInput = 100;
    public const int MaxContextMenu = 15;
    public const int MaxOptions = 25;
    public const int MaxDescription = 100;

    /// <summary>Context values: 0 guild, 1 bot DM, 2 private channel (docs: ...#interaction-context-types).</summary>
    private static readonly int[] GuildOnlyContexts = [0];
    private static readonly int[] AllContexts = [0, 1, 2];

    public static DiscordResult<List<CommandRequestDto>> Build(IReadOnlyList<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (CheckCounts(commands) is { } countError)
            return countError;
        var result = new List<CommandRequestDto>(commands.Count);
        foreach (var command in commands)
        {
            var chatInput = command.Kind == CommandKind.ChatInput;
            if (!(chatInput ? ChatInputName().IsMatch(command.Name) : command.Name.Length is >= 1 and <= 32))
                return Invalid($"command name '{command.Name}' must be 1–32 characters{(chatInput ? ", lowercase letters, digits, '-', '_' or '''" : "")}");
            if (chatInput && command.Description.Length is 0 or > MaxDescription)
                return Invalid($"command '{command.Name}' needs a description of 1–{MaxDescription} characters");
            if (!chatInput && command.Options.Count > 0)
                return Invalid($"context-menu command '{command.Name}' cannot have options");
            var options = BuildOptions(command.Options, command.Name);
            if (!options.IsSuccess)
                return options.Error!;
            result.Add(new CommandRequestDto
            {
                Name = command.Name,
                // User and message commands must send an empty description.
                Description = chatInput ? command.Description : "",
                Type = (int)command.Kind,
                Options = options.Value,
                DefaultMemberPermissions = command.DefaultMemberPermissions is { } p ? ((ulong)p).ToString(CultureInfo.InvariantCulture) : null,
                Contexts = [.. command.GuildOnly ? GuildOnlyContexts : AllContexts],
            });
        }
        return DiscordResult<List<CommandRequestDto>>.Ok(result);
    }

    private static DiscordError? CheckCounts(IReadOnlyList<CommandDefinition> commands)
    {
        var duplicate = commands.GroupBy(c => (c.Kind, c.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return Invalid($"command '{duplicate.Key.Name}' is defined twice");
        if (commands.Count(c => c.Kind == CommandKind.ChatInput) > MaxChatInput)
            return Invalid($"more than {MaxChatInput} slash commands");
        if (commands.Count(c => c.Kind == CommandKind.User) > MaxContextMenu || commands.Count(c => c.Kind == CommandKind.Message) > MaxContextMenu)
            return Invalid($"more than {MaxContextMenu} user or message commands");
        return null;
    }

    private static DiscordResult<List<CommandOptionRequestDto>?> BuildOptions(IReadOnlyList<CommandOptionDefinition> options, string owner)
    {
        if (options.Count == 0)
            return DiscordResult<List<CommandOptionRequestDto>?>.Ok(null);
        if (options.Count > MaxOptions)
            return Invalid($"'{owner}' has more than {MaxOptions} options");
        var result = new List<CommandOptionRequestDto>(options.Count);
        foreach (var option in options)
        {
            if (!ChatInputName().IsMatch(option.Name))
                return Invalid($"option name '{option.Name}' of '{owner}' must be 1–32 lowercase characters");
            if (option.Description.Length is 0 or > MaxDescription)
                return Invalid($"option '{option.Name}' of '{owner}' needs a description of 1–{MaxDescription} characters");
            var nested = BuildOptions(option.Options, option.Name);
            if (!nested.IsSuccess)
                return nested.Error!;
            var choices = BuildChoices(option);
            if (!choices.IsSuccess)
                return choices.Error!;
            result.Add(new CommandOptionRequestDto
            {
                Type = (int)option.Kind,
                Name = option.Name,
                Description = option.Description,
                Required = option.Required ? true : null,
                Options = nested.Value,
                Choices = choices.Value,
                MinValue = option.MinValue,
                MaxValue = option.MaxValue,
                MinLength = option.MinLength,
                MaxLength = option.MaxLength,
                ChannelTypes = option.ChannelKinds.Count == 0 ? null : option.ChannelKinds.Select(k => (int)k).ToList(),
            });
        }
        return DiscordResult<List<CommandOptionRequestDto>?>.Ok(result);
    }

    private static DiscordResult<List<CommandChoiceDto>?> BuildChoices(CommandOptionDefinition option)
    {
        if (option.Choices.Count == 0)
            return DiscordResult<List<CommandChoiceDto>?>.Ok(null);
        if (option.Choices.Count > MaxOptions)
            return Invalid($"option '{option.Name}' has more than {MaxOptions} choices");
        var result = new List<CommandChoiceDto>(option.Choices.Count);
        foreach (var choice in option.Choices)
        {
            JsonElement value;
            switch (option.Kind)
            {
                case CommandOptionKind.Integer when long.TryParse(choice.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                case CommandOptionKind.Number when double.TryParse(choice.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                    // Integer and number choices are JSON numbers; the text was checked to be one.
                    using (var document = JsonDocument.Parse(choice.Value))
                        value = document.RootElement.Clone();
                    break;
                case CommandOptionKind.String:
                    value = JsonSerializer.SerializeToElement(choice.Value, DiscordJsonContext.Default.String);
                    break;
                default:
                    return Invalid($"choice '{choice.Name}' of option '{option.Name}' does not fit a {option.Kind} option");
            }
            result.Add(new CommandChoiceDto { Name = choice.Name, Value = value });
        }
        return DiscordResult<List<CommandChoiceDto>?>.Ok(result);
    }

    private static DiscordError Invalid(string message) => new(DiscordErrorKind.Invalid, "Commands not registered: " + message + ".");

    // Discord's pattern is ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ and lowercase; .NET has no script classes,
    // and the Devanagari and Thai characters it adds beyond \p{L}\p{N} are combining marks (\p{M}).
    [GeneratedRegex(@"^[-_'\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}]{1,32}$")]
    private static partial Regex ChatInputName();
}
