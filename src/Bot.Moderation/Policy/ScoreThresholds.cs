namespace Bot.Moderation.Policy;

/// <summary>The flag, delete and timeout thresholds of one score.</summary>
public sealed record ScoreThresholds(double Flag, double Delete, double Timeout)
{
    public Severity Classify(double score) =>
        score >= Timeout ? Severity.Timeout
        : score >= Delete ? Severity.Delete
        : score >= Flag ? Severity.Flag
        : Severity.None;

    /// <summary>The threshold a severity starts at.</summary>
    public double ThresholdOf(Severity severity) => severity switch
    {
        Severity.Timeout => Timeout,
        Severity.Delete => Delete,
        Severity.Flag => Flag,
        _ => double.PositiveInfinity,
    };
}
