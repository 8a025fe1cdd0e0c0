using Bot.Sandbox.Model;

namespace Bot.Moderation.Tests.Commands;

/// <summary>Short names for the options a member fills in, as the sandbox sends them.</summary>
public static class Options
{
    public static SandboxCommandOption User(string name, ulong user) => SandboxCommandOption.User(name, user);

    public static SandboxCommandOption Text(string name, string value) => SandboxCommandOption.String(name, value);

    public static SandboxCommandOption Whole(string name, long value) => SandboxCommandOption.Integer(name, value);

    public static SandboxCommandOption Number(string name, double value) => SandboxCommandOption.Number(name, value);

    public static SandboxCommandOption Flag(string name, bool value) => SandboxCommandOption.Boolean(name, value);

    public static SandboxCommandOption Channel(string name, ulong channel) => SandboxCommandOption.Channel(name, channel);

    public static SandboxCommandOption Role(string name, ulong role) => SandboxCommandOption.Role(name, role);

    public static SandboxCommandOption Sub(string name, params SandboxCommandOption[] options) => SandboxCommandOption.SubCommand(name, options);

    public static SandboxCommandOption Group(string name, params SandboxCommandOption[] options) => new(name, 2, null, options);
}
