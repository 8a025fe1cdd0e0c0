namespace Bot.Scoring.Repetition;

/// <summary>What the repetition detector needs to know about one posted message.</summary>
/// <param name="ChannelId">Where it was posted: a channel or a thread.</param>
/// <param name="IsThread">Whether <paramref name="ChannelId"/> is a thread (an article's discussion).</param>
public sealed record PostedMessage(
    ulong GuildId,
    ulong ChannelId,
    bool IsThread,
    ulong UserId,
    ulong MessageId,
    string Text,
    DateTimeOffset Timestamp,
    int MentionCount = 0,
    int LinkCount = 0);
