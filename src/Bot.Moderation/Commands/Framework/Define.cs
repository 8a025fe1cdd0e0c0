using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Short builders for command options, so a module's definition reads like its usage line.</summary>
public static class Define
{
    /// <summary>Manage Messages or Moderate Members: what a moderator holds.</summary>
    public const DiscordPermissions Moderator = DiscordPermissions.ManageMessages | DiscordPermissions.ModerateMembers;

    public static CommandOptionDefinition Sub(string name, string description, params CommandOptionDefinition[] options) =>
        new(CommandOptionKind.SubCommand, name, description) { Options = options };

    public static CommandOptionDefinition Group(string name, string description, params CommandOptionDefinition[] subcommands) =>
        new(CommandOptionKind.SubCommandGroup, name, description) { Options = subcommands };

    public static CommandOptionDefinition User(string name, string description, bool required = true) =>
        new(CommandOptionKind.User, name, description, required);

    public static CommandOptionDefinition Role(string name, string description, bool required = true) =>
        new(CommandOptionKind.Role, name, description, required);

    public static CommandOptionDefinition Channel(string name, string description, bool required = true) =>
        new(CommandOptionKind.Channel, name, description, required)
        {
            ChannelKinds = [ChannelKind.GuildText, ChannelKind.GuildAnnouncement, ChannelKind.GuildForum, ChannelKind.PublicThread],
        };

    public static CommandOptionDefinition Text(string name, string description, bool required = true, int maxLength = 1000) =>
        new(CommandOptionKind.String, name, description, required) { MaxLength = maxLength };

    public static CommandOptionDefinition WholeNumber(string name, string description, bool required, double min, double max) =>
        new(CommandOptionKind.Integer, name, description, required) { MinValue = min, MaxValue = max };

    public static CommandOptionDefinition Number(string name, string description, bool required, double min, double max) =>
        new(CommandOptionKind.Number, name, description, required) { MinValue = min, MaxValue = max };

    public static CommandOptionDefinition Flag(string name, string description, bool required = false) =>
        new(CommandOptionKind.Boolean, name, description, required);

    /// <summary>A string option limited to fixed values, each shown as itself.</summary>
    public static CommandOptionDefinition Choice(string name, string description, bool required, params string[] values) =>
        new(CommandOptionKind.String, name, description, required) { Choices = [.. values.Select(v => new CommandChoice(v, v))] };
}
