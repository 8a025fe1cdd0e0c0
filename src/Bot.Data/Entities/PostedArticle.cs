namespace Bot.Data.Entities;

/// <summary>An article the bot has seen or posted in a channel; its key stops reposts across restarts.</summary>
public sealed class PostedArticle
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public long? FeedSubscriptionId { get; set; }

    /// <summary>The article's identity: feed guid, else link, else a hash of title and date.</summary>
    public required string ArticleKey { get; set; }

    public string? Url { get; set; }
    public string? Title { get; set; }

    /// <summary>Null when the article was only recorded (a feed's first poll), not posted.</summary>
    public ulong? MessageId { get; set; }
    public ulong? ThreadId { get; set; }

    public DateTimeOffset SeenAt { get; set; }

    /// <summary>
    /// Set in its own commit just before the embed is sent. Claimed but not <see cref="PostedAt"/> means a post was
    /// interrupted (a crash, or Discord refused): the next attempt looks for the sent embed before sending again.
    /// </summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When the post was finished: embed sent, its id recorded, and the thread created or given up on.</summary>
    public DateTimeOffset? PostedAt { get; set; }
}
