namespace Bot.News.Feeds;

/// <summary>What one poll of a feed did: how many entries it recorded, posted, and left for later, or why it failed.</summary>
public sealed record FeedPollOutcome(long FeedId, int Recorded, int Posted, int Deferred, bool NotModified, string? Error, bool Disabled);
