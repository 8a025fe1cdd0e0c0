using Bot.Sandbox;
using Bot.Sandbox.Model;

namespace Bot.Host.Demo;

/// <summary>The sandbox guild the demo plays in: an editor who owns it, #news, #mod-log, and one member per commenter.</summary>
internal sealed class DemoWorld
{
    private readonly Dictionary<string, ulong> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, string> _names = [];
    private readonly SandboxServer _sandbox;

    private DemoWorld(SandboxServer sandbox, SandboxUser editor)
    {
        _sandbox = sandbox;
        Editor = editor;
        Remember(editor);
        Guild = sandbox.CreateGuild("NewsMod demo", editor.Id);
        News = sandbox.CreateTextChannel(Guild.Id, "news");
        ModLog = sandbox.CreateTextChannel(Guild.Id, "mod-log");
        _names[sandbox.BotUserId] = "NewsMod";
    }

    public SandboxUser Editor { get; }
    public SandboxGuild Guild { get; }
    public SandboxChannel News { get; }
    public SandboxChannel ModLog { get; }

    public static DemoWorld Create(SandboxServer sandbox) => new(sandbox, sandbox.CreateUser("Editor"));

    /// <summary>The member called <paramref name="name"/>, joining the guild the first time it is asked for.</summary>
    public ulong Member(string name)
    {
        if (!_members.TryGetValue(name, out var id))
        {
            var user = _sandbox.CreateUser(name);
            _sandbox.AddMember(Guild.Id, user.Id);
            Remember(user);
            id = user.Id;
        }

        return id;
    }

    public string NameOf(ulong userId) => _names.TryGetValue(userId, out var name) ? name : userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Remember(SandboxUser user)
    {
        _members[user.Name] = user.Id;
        _names[user.Id] = user.Name;
    }
}
