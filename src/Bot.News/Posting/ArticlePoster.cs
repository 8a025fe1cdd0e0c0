using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bot.News.Posting;

/// <summary>
/// Posts an article embed, opens a discussion thread on it, records the post (so it is never reposted) and
/// adds the thread to the watched channels so moderation scores its messages.
/// </summary>
public sealed partial class ArticlePoster(IDiscordRest rest, IDbContextFactory<BotDbContext> databases, TimeProvider timeProvider, ILogger<ArticlePoster> logger)
{
    public async Task<PostResult> PostAsync(ArticlePostRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (guild, channel) = (request.Guild.Value, request.Channel.Value);
        await using (var lookup = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var existing = await lookup.PostedArticles.AsNoTracking()
                .FirstOrDefaultAsync(p => p.GuildId == guild && p.ChannelId == channel && p.ArticleKey == request.ArticleKey && p.MessageId != null, cancellationToken)
                .ConfigureAwait(false);
            if (existing is not null)
            {
                return new ArticleAlreadyPosted(existing.MessageId);
            }
        }

        var message = new OutgoingMessage { Embeds = [ArticleEmbedBuilder.Build(request.Article, request.Summary)] };
        var sent = await rest.SendMessageAsync(request.Channel, message, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess || sent.Value is null)
        {
            return new ArticlePostFailed(sent.Error?.Message ?? "Discord did not return the message");
        }

        var thread = await rest.CreateThreadFromMessageAsync(request.Channel, sent.Value.Id, ArticleEmbedBuilder.ThreadName(request.Article), cancellationToken).ConfigureAwait(false);
        var threadId = thread.IsSuccess ? thread.Value?.Id : null;
        if (threadId is null)
        {
            LogThreadFailed(logger, channel, thread.Error?.Message);
        }

        await RecordAsync(request, sent.Value.Id, threadId, cancellationToken).ConfigureAwait(false);
        LogPosted(logger, guild, channel, request.ArticleKey, threadId?.Value);
        return new ArticlePosted(sent.Value.Id, threadId, threadId is null ? thread.Error?.Message ?? "no thread returned" : null);
    }

    private async Task RecordAsync(ArticlePostRequest request, MessageId messageId, ChannelId? threadId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (guild, channel) = (request.Guild.Value, request.Channel.Value);
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // A feed's first poll may have recorded the article without posting it; fill that row in.
        var row = await db.PostedArticles
            .FirstOrDefaultAsync(p => p.GuildId == guild && p.ChannelId == channel && p.ArticleKey == request.ArticleKey, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new PostedArticle { GuildId = guild, ChannelId = channel, ArticleKey = request.ArticleKey, SeenAt = now };
            db.PostedArticles.Add(row);
        }

        row.FeedSubscriptionId ??= request.FeedId;
        row.Url = request.Article.Url?.AbsoluteUri;
        row.Title = SummaryLimits.Truncate(request.Article.Title, ArticleEmbedBuilder.MaxTitle);
        row.MessageId = messageId.Value;
        row.ThreadId = threadId?.Value;
        row.PostedAt = now;

        if (threadId is { } thread)
        {
            await WatchAsync(db, guild, thread.Value, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

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

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Posted article {ArticleKey} in guild {GuildId} channel {ChannelId}, thread {ThreadId}")]
    private static partial void LogPosted(ILogger logger, ulong guildId, ulong channelId, string articleKey, ulong? threadId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Could not open a discussion thread in channel {ChannelId}: {Reason}")]
    private static partial void LogThreadFailed(ILogger logger, ulong channelId, string? reason);
}
