namespace Bot.Scoring.Repetition;

/// <summary>Remembers recent messages per guild and scores each new one for repetitive posting. Thread-safe.</summary>
public interface IRepetitionDetector
{
    /// <summary>Records <paramref name="message"/> and scores it against what came before, by the guild's settings.</summary>
    RepetitionResult Observe(PostedMessage message, RepetitionSettings settings);
}
