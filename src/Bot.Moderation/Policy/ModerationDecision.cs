using Bot.Data.Entities;

namespace Bot.Moderation.Policy;

/// <summary>What the policy decided for one message, and why.</summary>
/// <param name="Action">The case's action; <see cref="CaseAction.Flag"/> records only.</param>
/// <param name="DeleteMessage">Whether the message is removed (every strike removes it).</param>
/// <param name="Timeout">Timeout length when the action times the author out.</param>
/// <param name="WarnByDirectMessage">Whether the author is told by DM.</param>
/// <param name="StrikeNumber">The strike this message is (1-based); 0 when it is no strike.</param>
public sealed record ModerationDecision(
    Severity Severity,
    CaseAction Action,
    bool DeleteMessage,
    TimeSpan? Timeout,
    bool WarnByDirectMessage,
    bool AlertModerators,
    int StrikeNumber,
    IReadOnlyList<string> Reasons)
{
    public static readonly ModerationDecision Nothing = new(Severity.None, CaseAction.Note, false, null, false, false, 0, []);

    public bool IsStrike => StrikeNumber > 0;
}
