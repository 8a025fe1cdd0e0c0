namespace Bot.News.Feeds;

/// <summary>A parsed feed, or why the document is not one.</summary>
public abstract record FeedParseResult;

/// <summary>The document parsed as RSS 2.0, Atom or RDF.</summary>
public sealed record FeedParsed(ParsedFeed Feed, string Format) : FeedParseResult;

/// <summary>The document is malformed, too large, uses a DTD, or is not a feed.</summary>
public sealed record FeedParseFailed(string Reason) : FeedParseResult;
