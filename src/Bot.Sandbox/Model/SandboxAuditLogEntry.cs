namespace Bot.Sandbox.Model;

/// <summary>An audit-log entry; <see cref="Reason"/> is the URL-decoded <c>X-Audit-Log-Reason</c>.</summary>
public sealed record SandboxAuditLogEntry(ulong Id, ulong GuildId, int ActionType, ulong UserId, ulong? TargetId, string? Reason, string? Change)
{
    public const int ChannelUpdate = 11;
    public const int MemberKick = 20;
    public const int MemberBanAdd = 22;
    public const int MemberBanRemove = 23;
    public const int MemberUpdate = 24;
    public const int MessageDelete = 72;
    public const int MessageBulkDelete = 73;
    public const int ThreadCreate = 110;
}
