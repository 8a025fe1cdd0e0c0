namespace Bot.Sandbox.State;

/// <summary>A guild role.</summary>
internal sealed class RoleState(ulong id, string name, int position, ulong permissions, bool managed)
{
    public ulong Id { get; } = id;
    public string Name { get; } = name;
    public int Position { get; } = position;
    public ulong Permissions { get; set; } = permissions;
    public bool Managed { get; } = managed;
}
