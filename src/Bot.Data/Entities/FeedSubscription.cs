namespace Bot.Data.Entities;

/// <summary>An RSS, Atom or RDF feed whose new articles are posted into a channel.</summary>
public sealed class FeedSubscription
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public ulong? AddedBy { get; set; }

    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    /// <summary>False until the first poll; the first poll records what is there and posts nothing.</summary>
    public bool Primed { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset NextPollAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
