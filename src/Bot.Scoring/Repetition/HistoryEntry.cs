namespace Bot.Scoring.Repetition;

/// <summary>One remembered message of a user: 32 bytes, no references, so history arrays cost the GC nothing to mark.</summary>
/// <param name="Signature">The text's <see cref="CompactSignature"/>, or 0 when the text was too short to sign.</param>
internal readonly record struct HistoryEntry(long Ticks, ulong ChannelId, ulong MessageId, ulong Signature);
