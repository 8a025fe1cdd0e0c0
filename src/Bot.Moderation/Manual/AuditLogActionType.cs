namespace Bot.Moderation.Manual;

/// <summary>Audit-log action types moderation reads (docs: resources/audit-log#audit-log-entry-object-audit-log-events).</summary>
public static class AuditLogActionType
{
    public const int MemberKick = 20;
    public const int MemberBanAdd = 22;
    public const int MemberUpdate = 24;
}
