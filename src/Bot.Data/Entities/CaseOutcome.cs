namespace Bot.Data.Entities;

/// <summary>What happened to a case's action.</summary>
public enum CaseOutcome
{
    /// <summary>Written before the Discord call; a restart finds it and settles it.</summary>
    Pending,
    Done,
    Failed,
    /// <summary>Shadow mode: recorded, not acted on.</summary>
    Shadow,
    /// <summary>Nothing to call (a flag, a note, a report).</summary>
    Recorded,
}
