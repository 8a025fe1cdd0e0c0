using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;

namespace Bot.Moderation.Tests.Support;

/// <summary>Scores by fixed words: "idiot" 0.9 (delete), "moron" 0.97 (timeout), "silly" 0.65 (flag). Deterministic and thread-safe.</summary>
public sealed class KeywordIncivilityScorer : IIncivilityScorer
{
    private static readonly (string Word, double Score)[] Words = [("moron", 0.97), ("idiot", 0.9), ("silly", 0.65)];

    public IncivilityResult Score(string text)
    {
        foreach (var (word, score) in Words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return new IncivilityResult(score, ["insult"], [word]);
            }
        }

        return IncivilityResult.Civil;
    }
}

/// <summary>Scores the n-th identical text of a user (n ≥ 2) at 0.9 and remembers every message it observed.</summary>
public sealed class CountingRepetitionDetector : IRepetitionDetector
{
    private readonly Dictionary<(ulong, string), int> _counts = [];
    private readonly Lock _lock = new();

    public List<PostedMessage> Observed { get; } = [];

    public RepetitionResult Observe(PostedMessage message, RepetitionSettings settings)
    {
        lock (_lock)
        {
            Observed.Add(message);
            var key = (message.UserId, message.Text);
            var count = _counts.GetValueOrDefault(key) + 1;
            _counts[key] = count;
            return count >= 2 ? new RepetitionResult(0.9, ["duplicate"], []) : RepetitionResult.None;
        }
    }
}
