using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;

namespace Bot.Moderation.Policy;

/// <summary>Both scores of one message.</summary>
public sealed record MessageScores(IncivilityResult Incivility, RepetitionResult Repetition);
