using System.Text.RegularExpressions;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Discord's limits on command definitions (docs: interactions/application-commands, naming and limits).</summary>
public static partial class CommandDefinitionRules
{
    /// <summary>Every broken rule, as a readable line; empty when the set may be registered.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var problems = new List<string>();
        foreach (var group in commands.GroupBy(c => (c.Kind, c.Name)).Where(g => g.Count() > 1))
        {
            problems.Add($"'{group.Key.Name}' ({group.Key.Kind}) is defined twice");
        }

        foreach (var kind in new[] { (CommandKind.ChatInput, 100), (CommandKind.User, 15), (CommandKind.Message, 15) })
        {
            if (commands.Count(c => c.Kind == kind.Item1) > kind.Item2)
            {
                problems.Add($"more than {kind.Item2} {kind.Item1} commands");
            }
        }

        foreach (var command in commands)
        {
            if (command.Kind == CommandKind.ChatInput)
            {
                CheckName(command.Name, command.Name, problems);
                CheckDescription(command.Name, command.Description, problems);
                CheckOptions(command.Name, command.Options, problems);
            }
            else if (command.Name.Length is < 1 or > 32)
            {
                problems.Add($"context menu '{command.Name}' must have a name of 1 to 32 characters");
            }
        }

        return problems;
    }

    private static void CheckOptions(string path, IReadOnlyList<CommandOptionDefinition> options, List<string> problems)
    {
        if (options.Count > 25)
        {
            problems.Add($"{path}: more than 25 options");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var optionPath = $"{path} {option.Name}";
            CheckName(optionPath, option.Name, problems);
            CheckDescription(optionPath, option.Description, problems);
            if (option.Kind is not (CommandOptionKind.SubCommand or CommandOptionKind.SubCommandGroup))
            {
                if (option.Required && seenOptional)
                {
                    problems.Add($"{optionPath}: a required option must come before the optional ones");
                }

                seenOptional |= !option.Required;
            }

            if (option.Choices.Count > 25)
            {
                problems.Add($"{optionPath}: more than 25 choices");
            }

            CheckOptions(optionPath, option.Options, problems);
        }
    }

    private static void CheckName(string path, string name, List<string> problems)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            problems.Add($"{path}: '{name}' must be 1 to 32 lowercase letters, digits, '-' or '_'");
        }
    }

    private static void CheckDescription(string path, string description, List<string> problems)
    {
        if (description.Length is < 1 or > 100)
        {
            problems.Add($"{path}: the description must have 1 to 100 characters");
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
