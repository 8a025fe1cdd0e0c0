using Bot.Data.Entities;

namespace Bot.Moderation.Policy;

/// <summary>What the n-th active strike leads to.</summary>
public sealed record LadderRung(int Strike, CaseAction Action, TimeSpan? Timeout, bool AlertModerators)
{
    /// <summary>The ladder a guild gets until its admins set one: delete and warn, then 10 minutes, then 1 hour and an alert.</summary>
    public static readonly IReadOnlyList<LadderRung> Defaults =
    [
        new(1, CaseAction.Warn, null, false),
        new(2, CaseAction.Timeout, TimeSpan.FromMinutes(10), false),
        new(3, CaseAction.Timeout, TimeSpan.FromHours(1), true),
    ];
}
