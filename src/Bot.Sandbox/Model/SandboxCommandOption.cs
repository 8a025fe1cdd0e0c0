using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Sandbox.Model;

/// <summary>An option a user fills in when invoking a slash command; the helpers build the common kinds.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Discord's own option type names.")]
public sealed record SandboxCommandOption(string Name, int Type, JsonNode? Value = null, IReadOnlyList<SandboxCommandOption>? Options = null)
{
    public const int SubCommandType = 1;
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int BooleanType = 5;
    public const int UserType = 6;
    public const int ChannelType = 7;
    public const int RoleType = 8;
    public const int NumberType = 10;

    public static SandboxCommandOption SubCommand(string name, params SandboxCommandOption[] options) => new(name, SubCommandType, null, options);

    public static SandboxCommandOption String(string name, string value) => new(name, StringType, value);

    public static SandboxCommandOption Integer(string name, long value) => new(name, IntegerType, value);

    public static SandboxCommandOption Boolean(string name, bool value) => new(name, BooleanType, value);

    public static SandboxCommandOption Number(string name, double value) => new(name, NumberType, value);

    /// <summary>A user option; the interaction's <c>resolved</c> then carries the user (and member).</summary>
    public static SandboxCommandOption User(string name, ulong userId) => new(name, UserType, userId.ToString(CultureInfo.InvariantCulture));

    public static SandboxCommandOption Channel(string name, ulong channelId) => new(name, ChannelType, channelId.ToString(CultureInfo.InvariantCulture));

    public static SandboxCommandOption Role(string name, ulong roleId) => new(name, RoleType, roleId.ToString(CultureInfo.InvariantCulture));
}
