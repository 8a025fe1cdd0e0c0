namespace Bot.News.Feeds;

/// <summary>One entry of a feed as the feed describes it: <see cref="EntryId"/> is its guid, Atom id or RDF about; <see cref="Summary"/> is plain text.</summary>
public sealed record FeedItem(
    string? EntryId,
    Uri? Link,
    string Title,
    string? Summary,
    DateTimeOffset? Published,
    Uri? ImageUrl,
    string? Source);
