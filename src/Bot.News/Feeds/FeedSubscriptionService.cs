using Bot.Data;
using Bot.Data.Entities;
using Bot.News.Fetching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.News.Feeds;

/// <summary>Adds, lists and removes a guild's feed subscriptions. Adding polls the feed once, which proves it works and primes it.</summary>
public sealed class FeedSubscriptionService(
    UrlGuard guard,
    FeedPollProcessor processor,
    IDbContextFactory<BotDbContext> databases,
    IOptions<NewsOptions> options,
    TimeProvider timeProvider)
{
    public async Task<FeedAddResult> AddAsync(ulong guild, ulong channel, string url, ulong? addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var feedUrl))
        {
            return new FeedAddFailed("that is not a link: give the full address, starting with https://");
        }

        if (guard.Check(feedUrl) is { } refused)
        {
            return new FeedAddFailed(refused.Message);
        }

        long id;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.Feeds.AnyAsync(f => f.GuildId == guild && f.ChannelId == channel && f.Url == feedUrl.AbsoluteUri, cancellationToken).ConfigureAwait(false))
            {
                return new FeedAddFailed("this channel already follows that feed");
            }

            if (await db.Feeds.CountAsync(f => f.GuildId == guild, cancellationToken).ConfigureAwait(false) >= options.Value.MaxFeedsPerGuild)
            {
                return new FeedAddFailed($"this server already has {options.Value.MaxFeedsPerGuild} feeds; remove one first");
            }

            var now = timeProvider.GetUtcNow();
            var feed = new FeedSubscription { GuildId = guild, ChannelId = channel, Url = feedUrl.AbsoluteUri, AddedBy = addedBy, CreatedAt = now, NextPollAt = now };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            id = feed.Id;
        }

        var outcome = await processor.PollAsync(id, cancellationToken).ConfigureAwait(false);
        if (outcome?.Error is { } error)
        {
            await RemoveAsync(guild, id, cancellationToken).ConfigureAwait(false);
            return new FeedAddFailed($"the feed could not be read: {error}");
        }

        return new FeedAdded(await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("feed vanished"), outcome?.Recorded ?? 0);
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(ulong guild, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Feeds.AsNoTracking().Where(f => f.GuildId == guild).OrderBy(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the feed if it belongs to <paramref name="guild"/>; its posted articles stay recorded.</summary>
    public async Task<bool> RemoveAsync(ulong guild, long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var removed = await db.Feeds.Where(f => f.GuildId == guild && f.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    private async Task<FeedSubscription?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken).ConfigureAwait(false);
    }
}
