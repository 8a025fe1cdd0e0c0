namespace Bot.News.Feeds;

/// <summary>A parsed feed: its title and entries in document order.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);
