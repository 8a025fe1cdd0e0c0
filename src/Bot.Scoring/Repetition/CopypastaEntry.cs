namespace Bot.Scoring.Repetition;

/// <summary>One message in the copypasta index: whose, where, when (message time) and its signature.</summary>
internal readonly record struct CopypastaEntry(long Ticks, ulong GuildId, ulong UserId, ulong MessageId, TextSignature Signature);
