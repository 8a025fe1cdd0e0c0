namespace Bot.Sandbox.State;

/// <summary>A user of the world.</summary>
internal sealed class UserState(ulong id, string name, bool bot)
{
    public ulong Id { get; } = id;
    public string Name { get; } = name;
    public bool Bot { get; } = bot;
    public ulong? DmChannelId { get; set; }
}
