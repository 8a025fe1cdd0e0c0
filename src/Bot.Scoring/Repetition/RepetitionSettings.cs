namespace Bot.Scoring.Repetition;

/// <summary>A guild's repetition thresholds. The defaults allow the seed thread (one author commenting twice).</summary>
public sealed record RepetitionSettings
{
    public static readonly RepetitionSettings Default = new();

    /// <summary>Messages one user may post in one channel or thread within <see cref="ChannelRateWindow"/>.</summary>
    public int ChannelRateLimit { get; init; } = 5;
    public TimeSpan ChannelRateWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages one user may post across the guild within <see cref="GuildRateWindow"/>.</summary>
    public int GuildRateLimit { get; init; } = 10;
    public TimeSpan GuildRateWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Comments one user may post in one article thread within <see cref="ThreadWindow"/> before it counts as repetitive.</summary>
    public int ThreadCommentLimit { get; init; } = 2;
    public TimeSpan ThreadWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How far back a user's own near-duplicates are looked for.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Distinct users posting nearly the same text within <see cref="CopypastaWindow"/> that make it copypasta.</summary>
    public int CopypastaUsers { get; init; } = 3;
    public TimeSpan CopypastaWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Mentions or links in one message that make it a flood.</summary>
    public int MentionLimit { get; init; } = 5;
    public int LinkLimit { get; init; } = 4;
}
