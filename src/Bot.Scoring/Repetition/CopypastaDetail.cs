namespace Bot.Scoring.Repetition;

/// <summary>The part of a copypasta entry read only for likely matches: its message id and full signature.</summary>
internal readonly record struct CopypastaDetail(ulong MessageId, TextSignature Signature);
