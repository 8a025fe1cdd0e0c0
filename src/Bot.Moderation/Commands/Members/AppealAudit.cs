namespace Bot.Moderation.Commands.Members;

/// <summary>The audit-trail verbs of appeals; a granted appeal is recorded as the case's <c>case.undone</c>.</summary>
public static class AppealAudit
{
    public const string Appealed = "case.appealed";
    public const string Denied = "case.appeal-denied";
}
