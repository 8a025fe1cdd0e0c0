namespace Bot.News.Extraction;

/// <summary>An article, or the reason none could be loaded.</summary>
public abstract record ArticleLoadResult;

/// <summary>The article was loaded (from the page or the feed's description).</summary>
public sealed record ArticleLoaded(NewsArticle Article) : ArticleLoadResult;

/// <summary>Neither the page nor a feed description gave an article.</summary>
public sealed record ArticleLoadFailed(string Reason) : ArticleLoadResult;
