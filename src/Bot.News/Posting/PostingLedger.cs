using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.News.Summaries;
using Microsoft.EntityFrameworkCore;

namespace Bot.News.Posting;

/// <summary>
/// Records each step of posting an article in SQLite, each in its own commit, so a process that dies mid-way leaves
/// a row that says how far it got: claimed (about to send), message recorded (thread pending), or finished.
/// </summary>
public sealed class PostingLedger(IDbContextFactory<BotDbContext> databases, TimeProvider timeProvider)
{
    /// <summary>Claims the article for the channel, or returns the claim an earlier attempt left.</summary>
    public async Task<PostingClaim> ClaimAsync(ArticlePostRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = timeProvider.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // A feed's first poll may have recorded the article (seen, not claimed); claiming fills that row in.
        var row = await FindAsync(db, request, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new PostedArticle { GuildId = request.Guild.Value, ChannelId = request.Channel.Value, ArticleKey = request.ArticleKey, SeenAt = now };
            db.PostedArticles.Add(row);
        }
        else if (row.PostedAt is not null)
        {
            return new PostingClaim(row.Id, row.ClaimedAt ?? row.SeenAt, ToMessageId(row.MessageId), Finished: true, Interrupted: false);
        }

        var interrupted = row.ClaimedAt is not null;
        row.ClaimedAt ??= now;
        row.FeedSubscriptionId ??= request.FeedId;
        row.Url = request.Article.Url?.AbsoluteUri;
        row.Title = SummaryLimits.Truncate(request.Article.Title, ArticleEmbedBuilder.MaxTitle);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PostingClaim(row.Id, row.ClaimedAt.Value, ToMessageId(row.MessageId), Finished: false, interrupted);
    }

    /// <summary>Records the sent embed at once, before anything else can fail.</summary>
    public async Task RecordMessageAsync(PostingClaim claim, MessageId message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.PostedArticles.Where(p => p.Id == claim.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MessageId, message.Value), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the post finished and, when there is a thread, adds it to the watched channels.</summary>
    public async Task FinishAsync(PostingClaim claim, GuildId guild, ChannelId? thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = timeProvider.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.PostedArticles.FirstAsync(p => p.Id == claim.Id, cancellationToken).ConfigureAwait(false);
        row.ThreadId = thread?.Value;
        row.PostedAt = now;
        if (thread is { } watched)
        {
            await WatchAsync(db, guild.Value, watched.Value, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The messages already recorded for articles in the channel: an interrupted claim must not adopt one of them.</summary>
    public async Task<HashSet<ulong>> RecordedMessagesAsync(ChannelId channel, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var ids = await db.PostedArticles.Where(p => p.ChannelId == channel.Value && p.MessageId != null).Select(p => p.MessageId!.Value)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ids];
    }

    private static Task<PostedArticle?> FindAsync(BotDbContext db, ArticlePostRequest request, CancellationToken cancellationToken)
    {
        var (guild, channel) = (request.Guild.Value, request.Channel.Value);
        return db.PostedArticles.FirstOrDefaultAsync(p => p.GuildId == guild && p.ChannelId == channel && p.ArticleKey == request.ArticleKey, cancellationToken);
    }

    private static MessageId? ToMessageId(ulong? id) => id is { } value ? new MessageId(value) : null;

    private static async Task WatchAsync(BotDbContext db, ulong guild, ulong thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // WatchedChannel hangs off GuildSettings; a guild that never configured moderation gets the defaults.
        if (!await db.GuildSettings.AnyAsync(g => g.GuildId == guild, cancellationToken).ConfigureAwait(false))
        {
            db.GuildSettings.Add(new GuildSettings { GuildId = guild, CreatedAt = now, UpdatedAt = now });
        }

        if (!await db.WatchedChannels.AnyAsync(w => w.GuildId == guild && w.ChannelId == thread, cancellationToken).ConfigureAwait(false))
        {
            db.WatchedChannels.Add(new WatchedChannel { GuildId = guild, ChannelId = thread, AddedAt = now });
        }
    }
}
