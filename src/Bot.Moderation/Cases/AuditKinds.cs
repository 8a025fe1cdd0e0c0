namespace Bot.Moderation.Cases;

/// <summary>The audit-trail verbs moderation writes; stable, so queries and reports can rely on them.</summary>
public static class AuditKinds
{
    public const string CaseCreated = "case.created";
    public const string CaseDone = "case.done";
    public const string CaseFailed = "case.failed";
    public const string CaseSettled = "case.settled";
    public const string CaseActorFound = "case.actor";
    public const string CaseUndone = "case.undone";
    public const string CaseConfirmed = "case.confirmed";
    public const string CaseNotUncivil = "case.not-uncivil";
    public const string ModLogRefused = "modlog.refused";
    public const string HeatOn = "heat.slowmode-on";
    public const string HeatOff = "heat.slowmode-off";
}
