namespace Bot.Scoring.Repetition;

/// <summary>How repetitive a message is, in [0,1], why, and the earlier messages it repeats (the evidence).</summary>
public sealed record RepetitionResult(double Score, IReadOnlyList<string> Reasons, IReadOnlyList<ulong> RepeatedMessageIds)
{
    public static readonly RepetitionResult None = new(0, [], []);
}
