namespace Bot.Data.Entities;

/// <summary>What a case records was done (or, in shadow mode, would have been done).</summary>
public enum CaseAction
{
    Flag,
    Delete,
    Warn,
    Timeout,
    RemoveTimeout,
    Kick,
    Ban,
    Unban,
    Purge,
    Note,
    Report,
    Appeal,
    Slowmode,
}
