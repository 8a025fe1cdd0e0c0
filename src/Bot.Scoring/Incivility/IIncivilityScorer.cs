namespace Bot.Scoring.Incivility;

/// <summary>Scores a message's text for incivility. Implementations are thread-safe and never throw on input.</summary>
public interface IIncivilityScorer
{
    IncivilityResult Score(string text);
}
