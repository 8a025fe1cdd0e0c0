using Bot.Discord.Abstractions;

namespace Bot.News.Posting;

/// <summary>
/// The ledger row that reserves an article in a channel before its embed is sent. <see cref="Finished"/>: posted
/// already. <see cref="Interrupted"/>: an earlier attempt claimed it and never finished, so its embed may be in the
/// channel already (<see cref="MessageId"/> says so when the attempt got as far as recording it).
/// </summary>
public sealed record PostingClaim(long Id, DateTimeOffset ClaimedAt, MessageId? MessageId, bool Finished, bool Interrupted);
