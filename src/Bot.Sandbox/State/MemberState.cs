namespace Bot.Sandbox.State;

/// <summary>A member of a guild: roles, join time and timeout.</summary>
internal sealed class MemberState(ulong userId, DateTimeOffset joinedAt)
{
    public ulong UserId { get; } = userId;
    public List<ulong> Roles { get; } = [];
    public DateTimeOffset JoinedAt { get; } = joinedAt;
    public DateTimeOffset? TimeoutUntil { get; set; }
}
