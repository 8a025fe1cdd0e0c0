using Bot.News.Feeds;
using Bot.News.Fetching;
using Microsoft.Extensions.Options;

namespace Bot.News.Extraction;

/// <summary>Fetches an article page and extracts it; when the page is unreadable or unreachable, falls back to the feed's description.</summary>
public sealed class ArticleLoader(NewsFetcher fetcher, IOptions<NewsOptions> options)
{
    /// <summary>Loads <paramref name="url"/>; <paramref name="feedItem"/>, when given, supplies the fallback text.</summary>
    public async Task<ArticleLoadResult> LoadAsync(Uri url, FeedItem? feedItem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetched = await fetcher.FetchAsync(url, options.Value.MaxPageBytes, null, cancellationToken).ConfigureAwait(false);
        if (fetched is FetchedDocument document && ArticleExtractor.Extract(document.FinalUrl, document.Content) is { } article)
        {
            return new ArticleLoaded(Merge(article, feedItem));
        }

        if (feedItem is { Summary.Length: > 0 })
        {
            return new ArticleLoaded(FromFeed(url, feedItem));
        }

        return fetched switch
        {
            FetchFailed failed => new ArticleLoadFailed(failed.Message),
            _ => new ArticleLoadFailed($"no readable article at {url.Host}"),
        };
    }

    /// <summary>An article built from a feed entry alone.</summary>
    public static NewsArticle FromFeed(Uri? url, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new NewsArticle(item.Title, url, item.Source ?? url?.Host ?? "feed", item.Published, item.Summary ?? "", item.ImageUrl);
    }

    // The feed's own title and date are what the publisher meant; the page's are a guess by the extractor.
    private static NewsArticle Merge(NewsArticle article, FeedItem? item) => item is null
        ? article
        : article with
        {
            Title = string.IsNullOrWhiteSpace(item.Title) ? article.Title : item.Title,
            Published = item.Published ?? article.Published,
            ImageUrl = article.ImageUrl ?? item.ImageUrl,
            Source = item.Source ?? article.Source,
        };
}
