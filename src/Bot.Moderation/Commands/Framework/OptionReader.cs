using System.Globalization;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Reads a command's options by name, below its subcommand group and subcommand, with clear messages for bad input.</summary>
public sealed class OptionReader
{
    private readonly InteractionData _data;
    private readonly IReadOnlyList<InteractionOption> _leaf;

    public OptionReader(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        var path = new List<string>();
        var options = data.Options;
        while (options.Count == 1 && options[0].Kind is CommandOptionKind.SubCommand or CommandOptionKind.SubCommandGroup)
        {
            path.Add(options[0].Name);
            options = options[0].Options;
        }

        Subcommand = string.Join(' ', path);
        _leaf = options;
    }

    /// <summary>The subcommand group and subcommand, space separated ("watch add"); empty for a plain command.</summary>
    public string Subcommand { get; }

    public string? GetString(string name) => Find(name)?.Value;

    public string GetRequiredString(string name) =>
        GetString(name) is { Length: > 0 } value ? value : throw new CommandInputException($"The option `{name}` is required.");

    public long? GetInteger(string name)
    {
        var raw = GetString(name);
        if (raw is null)
        {
            return null;
        }

        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandInputException($"The option `{name}` must be a whole number, not `{raw}`.");
    }

    /// <summary>A whole number that must fit an <see cref="int"/>; larger values are refused, not wrapped.</summary>
    public int? GetInt32(string name) => GetInteger(name) switch
    {
        null => null,
        var value when value is >= int.MinValue and <= int.MaxValue => (int)value.Value,
        var value => throw new CommandInputException($"The option `{name}` is out of range: {value}."),
    };

    public int GetRequiredInt32(string name) =>
        GetInt32(name) ?? throw new CommandInputException($"The option `{name}` is required.");

    public long GetRequiredInteger(string name) =>
        GetInteger(name) ?? throw new CommandInputException($"The option `{name}` is required.");

    public double? GetNumber(string name)
    {
        var raw = GetString(name);
        if (raw is null)
        {
            return null;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new CommandInputException($"The option `{name}` must be a number, not `{raw}`.");
    }

    public bool? GetBoolean(string name) => GetString(name) switch
    {
        null => null,
        var raw when bool.TryParse(raw, out var value) => value,
        var raw => throw new CommandInputException($"The option `{name}` must be true or false, not `{raw}`."),
    };

    /// <summary>A user option: the id, and the user and member Discord resolved with it (when it did).</summary>
    public (UserId Id, DiscordUser? User, GuildMember? Member)? GetUser(string name)
    {
        var id = GetSnowflake(name);
        if (id is null)
        {
            return null;
        }

        var userId = new UserId(id.Value);
        return (userId, _data.ResolvedUsers.GetValueOrDefault(userId), _data.ResolvedMembers.GetValueOrDefault(userId));
    }

    public (UserId Id, DiscordUser? User, GuildMember? Member) GetRequiredUser(string name) =>
        GetUser(name) ?? throw new CommandInputException($"The option `{name}` is required.");

    public ChannelId? GetChannel(string name) => GetSnowflake(name) is { } id ? new ChannelId(id) : null;

    public ChannelId GetRequiredChannel(string name) =>
        GetChannel(name) ?? throw new CommandInputException($"The option `{name}` is required.");

    /// <summary>The kind the option was given as (a mentionable can be a user or a role), or null when absent.</summary>
    public CommandOptionKind? GetKind(string name) => Find(name)?.Kind;

    public ulong? GetSnowflake(string name)
    {
        var raw = GetString(name);
        if (raw is null)
        {
            return null;
        }

        return ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id != 0
            ? id
            : throw new CommandInputException($"The option `{name}` must be a Discord id, not `{raw}`.");
    }

    private InteractionOption? Find(string name)
    {
        foreach (var option in _leaf)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
