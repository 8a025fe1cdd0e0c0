namespace Bot.Moderation.Commands.Config;

/// <summary>The audit-trail verbs of configuration changes (CaseId null, detail "what: old → new").</summary>
public static class ConfigAudit
{
    public const string Threshold = "config.threshold";
    public const string Mode = "config.mode";
    public const string ModLog = "config.modlog";
    public const string Watch = "config.watch";
    public const string Exempt = "config.exempt";
    public const string Ladder = "config.ladder";
}
