using System.Globalization;
using Bot.Discord.Abstractions;

namespace Bot.News.Commands;

/// <summary>Reads a command's subcommand and option values.</summary>
internal static class InteractionOptions
{
    /// <summary>The invoked subcommand and its options, or null when the command has none.</summary>
    public static InteractionOption? SubCommand(Interaction interaction) =>
        interaction.Data.Options.FirstOrDefault(o => o.Kind == CommandOptionKind.SubCommand);

    public static string? String(IReadOnlyList<InteractionOption> options, string name) =>
        options.FirstOrDefault(o => o.Name == name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    public static long? Integer(IReadOnlyList<InteractionOption> options, string name) =>
        long.TryParse(String(options, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static ulong? Snowflake(IReadOnlyList<InteractionOption> options, string name) =>
        ulong.TryParse(String(options, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
