namespace Bot.News.Fetching;

/// <summary>Validators from the previous fetch, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record ConditionalHeaders(string? ETag, string? LastModified);
