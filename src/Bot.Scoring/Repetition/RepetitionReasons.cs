namespace Bot.Scoring.Repetition;

/// <summary>The reason codes a <see cref="RepetitionResult"/> can carry.</summary>
public static class RepetitionReasons
{
    /// <summary>More messages in one channel or thread than the guild allows within its window.</summary>
    public const string RateChannel = "rate_channel";

    /// <summary>More messages across the guild than it allows within its window.</summary>
    public const string RateGuild = "rate_guild";

    /// <summary>Another comment by the same user in the same article thread beyond the limit.</summary>
    public const string ThreadRepeat = "thread_repeat";

    /// <summary>The same or nearly the same text as one of the user's own recent messages, in any channel.</summary>
    public const string NearDuplicate = "near_duplicate";

    /// <summary>The same or nearly the same text as recent messages of enough other users.</summary>
    public const string Copypasta = "copypasta";

    /// <summary>Too many mentions in one message.</summary>
    public const string MentionFlood = "mention_flood";

    /// <summary>Too many links in one message.</summary>
    public const string LinkFlood = "link_flood";
}
