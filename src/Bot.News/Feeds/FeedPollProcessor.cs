using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Fetching;
using Bot.News.Posting;
using Bot.News.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.News.Feeds;

/// <summary>
/// Polls one feed: conditional GET, parse, record what is new; the first poll only records (no flood), later polls
/// post new entries within the per-channel hourly cap. Failures back off and, after too many, disable the feed
/// with a notice in its channel.
/// </summary>
public sealed partial class FeedPollProcessor(
    NewsFetcher fetcher,
    ArticleLoader loader,
    ISummarizer summarizer,
    ArticlePoster poster,
    IDiscordRest rest,
    IDbContextFactory<BotDbContext> databases,
    IOptions<NewsOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPollProcessor> logger)
{
    private readonly NewsOptions _options = options.Value;

    /// <summary>Polls every enabled feed whose time has come.</summary>
    public async Task<IReadOnlyList<FeedPollOutcome>> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        List<long> due;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            due = await db.Feeds.Where(f => !f.Disabled && f.NextPollAt <= now).OrderBy(f => f.NextPollAt).Select(f => f.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new List<FeedPollOutcome>(due.Count);
        foreach (var id in due)
        {
            if (await PollAsync(id, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    /// <summary>Polls one feed now, whatever its schedule; null when it no longer exists.</summary>
    public async Task<FeedPollOutcome?> PollAsync(long feedId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.Id == feedId, cancellationToken).ConfigureAwait(false);
        if (feed is null)
        {
            return null;
        }

        var url = new Uri(feed.Url);
        var fetched = await fetcher.FetchAsync(url, _options.MaxFeedBytes, new ConditionalHeaders(feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
        var outcome = fetched switch
        {
            FetchNotModified => new FeedPollOutcome(feed.Id, 0, 0, 0, NotModified: true, null, false),
            FetchFailed failed => null,
            FetchedDocument document => await ProcessDocumentAsync(db, feed, document, cancellationToken).ConfigureAwait(false),
            _ => null,
        };

        var error = outcome?.Error ?? (fetched as FetchFailed)?.Message;
        return error is null
            ? await SucceedAsync(db, feed, outcome!, cancellationToken).ConfigureAwait(false)
            : await FailAsync(db, feed, error, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FeedPollOutcome> ProcessDocumentAsync(BotDbContext db, FeedSubscription feed, FetchedDocument document, CancellationToken cancellationToken)
    {
        var result = FeedParser.Parse(document.Content, document.FinalUrl, _options.MaxFeedBytes);
        if (result is not FeedParsed parsed)
        {
            var reason = (result as FeedParseFailed)?.Reason ?? "not a feed";
            return new FeedPollOutcome(feed.Id, 0, 0, 0, false, reason, false);
        }

        feed.Title ??= parsed.Feed.Title is { } title ? SummaryLimits.Truncate(title, 200) : null;
        var items = parsed.Feed.Items.Select(item => (Item: item, Key: ArticleIdentity.KeyFor(item)))
            .DistinctBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        var keys = items.Select(i => i.Key).ToList();
        var known = await db.PostedArticles
            .Where(p => p.GuildId == feed.GuildId && p.ChannelId == feed.ChannelId && keys.Contains(p.ArticleKey))
            .Select(p => new { p.ArticleKey, Interrupted = p.ClaimedAt != null && p.PostedAt == null })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var knownKeys = known.Select(k => k.ArticleKey).ToHashSet(StringComparer.Ordinal);
        var fresh = items.Where(i => !knownKeys.Contains(i.Key)).ToList();

        if (!feed.Primed)
        {
            await RecordSeenAsync(db, feed, fresh, cancellationToken).ConfigureAwait(false);
            feed.Primed = true;
            SetValidators(feed, document);
            return new FeedPollOutcome(feed.Id, fresh.Count, 0, 0, false, null, false);
        }

        // A post a crash interrupted is not new, but not done either: the poster finishes it without posting twice.
        var interrupted = known.Where(k => k.Interrupted).Select(k => k.ArticleKey).ToHashSet(StringComparer.Ordinal);
        var pending = items.Where(i => !knownKeys.Contains(i.Key) || interrupted.Contains(i.Key)).ToList();

        // Oldest first, so a channel reads the news in the order it happened. Interrupted claims whose entries have
        // left the feed go first: they are older still, and would otherwise stay half-posted (an embed without its thread).
        var orphaned = await OrphanedClaimsAsync(db, feed, keys, cancellationToken).ConfigureAwait(false);
        var ordered = orphaned.Concat(pending.Select((pair, index) => (pair.Item, pair.Key, index))
            .OrderBy(p => p.Item.Published ?? DateTimeOffset.MaxValue).ThenByDescending(p => p.index))
            .ToList();
        var allowance = await RemainingAllowanceAsync(db, feed.ChannelId, cancellationToken).ConfigureAwait(false);
        var posted = 0;
        foreach (var (item, key, _) in ordered.Take(allowance))
        {
            if (!await PostItemAsync(feed, item, key, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            posted++;
        }

        var deferred = ordered.Count - posted;
        // Entries left behind (cap or a Discord error) must come back on the next poll, so a 304 must not hide them.
        if (deferred == 0)
        {
            SetValidators(feed, document);
        }
        else
        {
            feed.ETag = null;
            feed.LastModified = null;
        }

        return new FeedPollOutcome(feed.Id, 0, posted, deferred, false, null, false);
    }

    private async Task<bool> PostItemAsync(FeedSubscription feed, FeedItem item, string key, CancellationToken cancellationToken)
    {
        var article = item.Link is { } link
            ? await loader.LoadAsync(link, item, cancellationToken).ConfigureAwait(false) switch
            {
                ArticleLoaded loaded => loaded.Article,
                _ => ArticleLoader.FromFeed(link, item),
            }
            : ArticleLoader.FromFeed(null, item);
        var summary = await summarizer.SummarizeAsync(new SummaryRequest(article.Title, article.Text, _options.SummarySentences), cancellationToken).ConfigureAwait(false);
        var request = new ArticlePostRequest(article, summary, new GuildId(feed.GuildId), new ChannelId(feed.ChannelId), key, feed.Id);
        var result = await poster.PostAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is ArticlePostFailed failed)
        {
            LogPostFailed(logger, feed.Id, failed.Reason);
            return false;
        }

        return true;
    }

    /// <summary>This feed's claims that never finished and whose entries are no longer in the feed, oldest claim first.</summary>
    private static async Task<List<(FeedItem Item, string Key, int Index)>> OrphanedClaimsAsync(
        BotDbContext db, FeedSubscription feed, List<string> keys, CancellationToken cancellationToken)
    {
        var rows = await db.PostedArticles
            .Where(p => p.FeedSubscriptionId == feed.Id && p.ChannelId == feed.ChannelId && p.ClaimedAt != null && p.PostedAt == null && !keys.Contains(p.ArticleKey))
            .OrderBy(p => p.Id)
            .Select(p => new { p.ArticleKey, p.Url, p.Title })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select((row, index) => (
            new FeedItem(null, Uri.TryCreate(row.Url, UriKind.Absolute, out var url) ? url : null, row.Title ?? row.ArticleKey, null, null, null, null),
            row.ArticleKey,
            index)).ToList();
    }

    private async Task<int> RemainingAllowanceAsync(BotDbContext db, ulong channel, CancellationToken cancellationToken)
    {
        var since = timeProvider.GetUtcNow().AddHours(-1);
        var recent = await db.PostedArticles.CountAsync(p => p.ChannelId == channel && p.PostedAt != null && p.PostedAt > since, cancellationToken).ConfigureAwait(false);
        return Math.Max(0, _options.MaxPostsPerChannelPerHour - recent);
    }

    private async Task RecordSeenAsync(BotDbContext db, FeedSubscription feed, List<(FeedItem Item, string Key)> items, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (item, key) in items)
        {
            db.PostedArticles.Add(new PostedArticle
            {
                GuildId = feed.GuildId,
                ChannelId = feed.ChannelId,
                FeedSubscriptionId = feed.Id,
                ArticleKey = key,
                Url = item.Link?.AbsoluteUri,
                Title = SummaryLimits.Truncate(item.Title, 256),
                SeenAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<FeedPollOutcome> SucceedAsync(BotDbContext db, FeedSubscription feed, FeedPollOutcome outcome, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        feed.LastPolledAt = now;
        feed.ConsecutiveFailures = 0;
        feed.LastError = null;
        feed.NextPollAt = now + TimeSpan.FromMinutes(_options.PollIntervalMinutes);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogPolled(logger, feed.Id, outcome.Recorded, outcome.Posted, outcome.Deferred, outcome.NotModified);
        return outcome;
    }

    private async Task<FeedPollOutcome> FailAsync(BotDbContext db, FeedSubscription feed, string error, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        feed.LastPolledAt = now;
        feed.ConsecutiveFailures++;
        feed.LastError = SummaryLimits.Truncate(error, 500);
        var interval = TimeSpan.FromMinutes(_options.PollIntervalMinutes);
        feed.NextPollAt = now + FeedBackoff.Delay(interval, feed.ConsecutiveFailures, TimeSpan.FromMinutes(_options.MaxBackoffMinutes));
        var disable = feed.ConsecutiveFailures >= _options.MaxConsecutiveFailures;
        feed.Disabled = disable;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogPollFailed(logger, feed.Id, feed.ConsecutiveFailures, error);
        if (disable)
        {
            await NotifyDisabledAsync(feed, error, cancellationToken).ConfigureAwait(false);
        }

        return new FeedPollOutcome(feed.Id, 0, 0, 0, false, error, disable);
    }

    private async Task NotifyDisabledAsync(FeedSubscription feed, string error, CancellationToken cancellationToken)
    {
        var notice = new OutgoingMessage
        {
            Content = SummaryLimits.Truncate(
                $"Feed #{feed.Id} (<{feed.Url}>) was disabled after {feed.ConsecutiveFailures} failed polls in a row. " +
                $"Last error: {error}. Remove it with `/feed remove {feed.Id}` and add it again once it works.", 2000),
        };
        var sent = await rest.SendMessageAsync(new ChannelId(feed.ChannelId), notice, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            LogNoticeFailed(logger, feed.Id, sent.Error?.Message);
        }
    }

    private static void SetValidators(FeedSubscription feed, FetchedDocument document)
    {
        feed.ETag = document.ETag;
        feed.LastModified = document.LastModified;
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Polled feed {FeedId}: recorded {Recorded}, posted {Posted}, deferred {Deferred}, not modified {NotModified}")]
    private static partial void LogPolled(ILogger logger, long feedId, int recorded, int posted, int deferred, bool notModified);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Poll of feed {FeedId} failed ({Failures} in a row): {Error}")]
    private static partial void LogPollFailed(ILogger logger, long feedId, int failures, string error);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Warning, Message = "Posting from feed {FeedId} failed: {Reason}")]
    private static partial void LogPostFailed(ILogger logger, long feedId, string reason);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Warning, Message = "Could not post the disabled notice of feed {FeedId}: {Reason}")]
    private static partial void LogNoticeFailed(ILogger logger, long feedId, string? reason);
}
