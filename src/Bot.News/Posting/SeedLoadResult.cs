using Bot.News.Extraction;

namespace Bot.News.Posting;

/// <summary>A seed article, or why it could not be loaded.</summary>
public abstract record SeedLoadResult;

/// <summary>The seed, under its name.</summary>
public sealed record SeedLoaded(string Name, NewsArticle Article) : SeedLoadResult;

/// <summary>No such seed, or its file is not valid.</summary>
public sealed record SeedLoadFailed(string Reason) : SeedLoadResult;
