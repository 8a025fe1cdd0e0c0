using Bot.Data.Entities;

namespace Bot.News.Feeds;

/// <summary>The outcome of subscribing a channel to a feed.</summary>
public abstract record FeedAddResult;

/// <summary>Subscribed; <see cref="Recorded"/> entries already in the feed were noted and will not be posted.</summary>
public sealed record FeedAdded(FeedSubscription Feed, int Recorded) : FeedAddResult;

/// <summary>Not subscribed, and why.</summary>
public sealed record FeedAddFailed(string Reason) : FeedAddResult;
