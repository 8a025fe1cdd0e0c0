namespace Bot.Scoring.Repetition;

/// <summary>Collects the reasons found for one message and folds them into a <see cref="RepetitionResult"/>. Reused; not thread-safe.</summary>
/// <remarks>
/// Reasons combine as independent evidence (noisy-or): two moderate signals outrank one, and the score stays
/// below 1. Evidence is de-duplicated and capped so the moderator sees the most telling earlier messages first.
/// </remarks>
internal sealed class ResultBuilder
{
    public const int MaxEvidence = 10;

    private readonly List<string> _reasons = new(7);
    private readonly ulong[] _evidence = new ulong[MaxEvidence];
    private int _evidenceCount;
    private double _clean;

    public void Reset()
    {
        _reasons.Clear();
        _evidenceCount = 0;
        _clean = 1;
    }

    public void Add(string reason, double score, ReadOnlySpan<ulong> evidence)
    {
        _reasons.Add(reason);
        _clean *= 1 - Math.Clamp(score, 0, 1);
        foreach (var id in evidence)
        {
            if (_evidenceCount == MaxEvidence)
            {
                return;
            }

            if (Array.IndexOf(_evidence, id, 0, _evidenceCount) < 0)
            {
                _evidence[_evidenceCount++] = id;
            }
        }
    }

    public RepetitionResult Build() => _reasons.Count == 0
        ? RepetitionResult.None
        : new RepetitionResult(Math.Round(1 - _clean, 4), [.. _reasons], _evidence.AsSpan(0, _evidenceCount).ToArray());

    /// <summary>A severity that starts at <paramref name="start"/> at the limit and rises by <paramref name="step"/> per unit over it.</summary>
    public static double Severity(double start, double step, int over, double cap) => Math.Min(cap, start + (step * Math.Max(0, over)));
}
