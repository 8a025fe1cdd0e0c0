using System.Globalization;
using Bot.Data.Entities;
using Bot.Moderation.Settings;

namespace Bot.Moderation.Policy;

/// <summary>
/// Turns scores into a decision: the stronger of the two scores' severities picks flag or strike, and a strike's
/// place on the ladder (active strikes + 1) picks the action. A score past its timeout threshold times out at least
/// for the guild's timeout length, whatever the ladder says.
/// </summary>
public static class ModerationPolicy
{
    public static ModerationDecision Decide(GuildPolicy policy, MessageScores scores, int activeStrikes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(scores);
        var incivility = policy.Incivility.Classify(scores.Incivility.Score);
        var repetition = policy.Repetition.Classify(scores.Repetition.Score);
        var severity = incivility > repetition ? incivility : repetition;
        if (severity == Severity.None)
        {
            return ModerationDecision.Nothing;
        }

        var reasons = new List<string>(4);
        if (incivility != Severity.None)
        {
            reasons.Add(Explain("incivility", scores.Incivility.Score, incivility, policy.Incivility.ThresholdOf(incivility)));
            reasons.AddRange(scores.Incivility.Reasons);
        }

        if (repetition != Severity.None)
        {
            reasons.Add(Explain("repetition", scores.Repetition.Score, repetition, policy.Repetition.ThresholdOf(repetition)));
            reasons.AddRange(scores.Repetition.Reasons);
        }

        if (severity == Severity.Flag)
        {
            return new ModerationDecision(severity, CaseAction.Flag, false, null, false, false, 0, reasons);
        }

        var strike = Math.Max(0, activeStrikes) + 1;
        var rung = RungFor(policy.Ladder, strike);
        var action = rung.Action;
        var timeout = action == CaseAction.Timeout ? rung.Timeout ?? policy.Timeout : (TimeSpan?)null;
        if (severity == Severity.Timeout && action is not (CaseAction.Kick or CaseAction.Ban))
        {
            action = CaseAction.Timeout;
            timeout = timeout is { } ladderTimeout && ladderTimeout > policy.Timeout ? ladderTimeout : policy.Timeout;
        }

        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"strike {strike}: {action}"));
        var recordOnly = action is CaseAction.Flag or CaseAction.Note;
        return new ModerationDecision(
            severity,
            recordOnly ? CaseAction.Flag : action,
            DeleteMessage: !recordOnly,
            timeout,
            WarnByDirectMessage: action == CaseAction.Warn,
            rung.AlertModerators,
            strike,
            reasons);
    }

    /// <summary>The highest rung at or below <paramref name="strike"/>; the top rung covers every further strike.</summary>
    public static LadderRung RungFor(IReadOnlyList<LadderRung> ladder, int strike)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        if (ladder.Count == 0)
        {
            return RungFor(LadderRung.Defaults, strike);
        }

        var chosen = ladder[0];
        foreach (var rung in ladder)
        {
            if (rung.Strike <= strike && rung.Strike >= chosen.Strike)
            {
                chosen = rung;
            }
        }

        return chosen;
    }

    private static string Explain(string score, double value, Severity severity, double threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"{score} {value:0.00} ≥ {severity.ToString().ToUpperInvariant()} {threshold:0.00}");
}
