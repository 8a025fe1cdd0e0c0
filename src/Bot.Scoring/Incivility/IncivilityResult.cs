namespace Bot.Scoring.Incivility;

/// <summary>How uncivil a text is, in [0,1], why (reason categories), and the words or phrases that drove it.</summary>
public sealed record IncivilityResult(double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Terms)
{
    public static readonly IncivilityResult Civil = new(0, [], []);
}
