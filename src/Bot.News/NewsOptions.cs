using System.ComponentModel.DataAnnotations;

namespace Bot.News;

/// <summary>Feeds, fetching, summaries and posting (section <c>Bot:News</c>).</summary>
public sealed class NewsOptions
{
    public const string SectionName = "Bot:News";

    /// <summary>Whole-fetch deadline (connect, redirects and body) for pages and feeds.</summary>
    [Range(0.1, 300)]
    public double FetchTimeoutSeconds { get; set; } = 15;

    /// <summary>Largest article page read; the read stops at the cap.</summary>
    [Range(1024, 50_000_000)]
    public int MaxPageBytes { get; set; } = 3_000_000;

    /// <summary>Largest feed document read and parsed.</summary>
    [Range(1024, 50_000_000)]
    public int MaxFeedBytes { get; set; } = 5_000_000;

    /// <summary>Redirects followed before giving up.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Hosts (<c>name</c> or <c>name:port</c>, as written in the URL) that may resolve to private or loopback addresses.</summary>
    public IList<string> AllowedPrivateHosts { get; } = [];

    /// <summary>Turns the private-address guard off entirely (development only).</summary>
    public bool AllowPrivateAddresses { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = "NewsModBot/1.0 (+https://github.com/newsmod)";

    /// <summary>Default time between two polls of a feed.</summary>
    [Range(1, 1440)]
    public int PollIntervalMinutes { get; set; } = 15;

    /// <summary>How often the poller looks for feeds that are due.</summary>
    [Range(1, 3600)]
    public int PollCheckSeconds { get; set; } = 30;

    /// <summary>Longest wait between polls of a failing feed (backoff doubles up to this).</summary>
    [Range(1, 10_080)]
    public int MaxBackoffMinutes { get; set; } = 360;

    /// <summary>Consecutive failures after which a feed is disabled, with a notice in its channel.</summary>
    [Range(1, 100)]
    public int MaxConsecutiveFailures { get; set; } = 5;

    /// <summary>Articles posted from feeds into one channel per rolling hour; the rest wait for the next poll.</summary>
    [Range(1, 100)]
    public int MaxPostsPerChannelPerHour { get; set; } = 5;

    /// <summary>Sentences in a summary.</summary>
    [Range(1, 20)]
    public int SummarySentences { get; set; } = 3;

    /// <summary>Folder of seed articles (<c>*.json</c>) for <c>/article seed</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Subscriptions per guild.</summary>
    [Range(1, 500)]
    public int MaxFeedsPerGuild { get; set; } = 25;
}
