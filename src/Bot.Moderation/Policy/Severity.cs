namespace Bot.Moderation.Policy;

/// <summary>How far a score crossed a guild's thresholds, weakest first.</summary>
public enum Severity
{
    None,
    Flag,
    Delete,
    Timeout,
}
