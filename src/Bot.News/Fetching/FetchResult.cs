namespace Bot.News.Fetching;

/// <summary>The outcome of a guarded fetch: a document, "not modified", or a clear failure.</summary>
public abstract record FetchResult;

/// <summary>A decoded document and the validators for the next conditional GET.</summary>
public sealed record FetchedDocument(Uri FinalUrl, string Content, string? MediaType, string? ETag, string? LastModified) : FetchResult;

/// <summary>The server answered 304: nothing changed since the validators were issued.</summary>
public sealed record FetchNotModified(Uri FinalUrl) : FetchResult;

/// <summary>Why a fetch failed, in words fit for a user.</summary>
public sealed record FetchFailed(FetchErrorKind Kind, string Message) : FetchResult;
