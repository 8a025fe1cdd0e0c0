namespace Bot.Scoring.Repetition;

/// <summary>Another user's earlier message with (nearly) the same text.</summary>
internal readonly record struct CopypastaMatch(ulong UserId, ulong MessageId, int Matches);
