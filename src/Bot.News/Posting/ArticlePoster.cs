using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.News.Posting;

/// <summary>
/// Posts an article embed and opens a discussion thread on it, at most once per channel even across crashes: the
/// <see cref="PostingLedger"/> claims the article before sending and records each step as it happens, and an
/// interrupted claim is finished (the sent embed found, the thread created) instead of being posted again.
/// </summary>
public sealed partial class ArticlePoster(IDiscordRest rest, PostingLedger ledger, ILogger<ArticlePoster> logger)
{
    // How far back from the claim a found message may be dated: Discord's clock and ours are not the same clock.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    // Discord answers this when the message already has a thread; that thread has the message's id.
    private const int ThreadAlreadyCreated = 160004;

    // Discord's page limit. Ten pages reach back 1,000 messages, far more than a channel gets between a crash and a
    // restart; past that the search gives up and posts, since a later attempt could not do better.
    private const int SearchPageSize = 100;
    private const int MaxPagesSearched = 10;

    // One post at a time per channel, so a claim in progress is never mistaken for an interrupted one and a
    // recovered embed can only be this claim's.
    private readonly ConcurrentDictionary<ulong, SemaphoreSlim> _channelGates = new();

    public async Task<PostResult> PostAsync(ArticlePostRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gate = _channelGates.GetOrAdd(request.Channel.Value, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PostClaimedAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PostResult> PostClaimedAsync(ArticlePostRequest request, CancellationToken cancellationToken)
    {
        var claim = await ledger.ClaimAsync(request, cancellationToken).ConfigureAwait(false);
        if (claim.Finished)
        {
            return new ArticleAlreadyPosted(claim.MessageId?.Value);
        }

        var messageId = claim.MessageId;
        if (messageId is null && claim.Interrupted)
        {
            var (searched, found) = await FindSentAsync(request.Channel, claim, cancellationToken).ConfigureAwait(false);
            if (!searched)
            {
                // Sending blind could post it twice; leave the claim for the next attempt.
                return new ArticlePostFailed("could not read the channel to check for an interrupted post");
            }

            messageId = found;
            if (found is { } recovered)
            {
                LogRecovered(logger, request.Channel.Value, request.ArticleKey, recovered.Value);
                await ledger.RecordMessageAsync(claim, recovered, cancellationToken).ConfigureAwait(false);
            }
        }

        if (messageId is null)
        {
            var message = new OutgoingMessage { Embeds = [ArticleEmbedBuilder.Build(request.Article, request.Summary)] };
            var sent = await rest.SendMessageAsync(request.Channel, message, cancellationToken).ConfigureAwait(false);
            if (!sent.IsSuccess || sent.Value is null)
            {
                // The claim stays: if Discord posted it after all, the next attempt finds it instead of posting again.
                return new ArticlePostFailed(sent.Error?.Message ?? "Discord did not return the message");
            }

            messageId = sent.Value.Id;
            await ledger.RecordMessageAsync(claim, sent.Value.Id, cancellationToken).ConfigureAwait(false);
        }

        var thread = await rest.CreateThreadFromMessageAsync(request.Channel, messageId.Value, ArticleEmbedBuilder.ThreadName(request.Article), cancellationToken)
            .ConfigureAwait(false);
        var threadId = thread.IsSuccess ? thread.Value?.Id
            : thread.Error?.Code == ThreadAlreadyCreated ? new ChannelId(messageId.Value.Value)
            : null;
        if (threadId is null)
        {
            LogThreadFailed(logger, request.Channel.Value, thread.Error?.Message);
        }

        await ledger.FinishAsync(claim, request.Guild, threadId, cancellationToken).ConfigureAwait(false);
        LogPosted(logger, request.Guild.Value, request.Channel.Value, request.ArticleKey, threadId?.Value);
        return new ArticlePosted(messageId.Value, threadId, threadId is null ? thread.Error?.Message ?? "no thread returned" : null);
    }

    /// <summary>
    /// The embed an interrupted attempt sent, if it reached the channel: the oldest message with an embed, dated from
    /// the claim on, by the author of our recorded posts (any bot when none is in view), that no other article owns.
    /// Pages back from the newest message until a page reaches past the claim.
    /// </summary>
    private async Task<(bool Searched, MessageId? Found)> FindSentAsync(ChannelId channel, PostingClaim claim, CancellationToken cancellationToken)
    {
        var since = claim.ClaimedAt - ClockSkew;
        var messages = new List<DiscordMessage>();
        MessageId? before = null;
        for (var page = 0; ; page++)
        {
            if (page == MaxPagesSearched)
            {
                LogSearchCapped(logger, channel.Value, messages.Count);
                break;
            }

            var recent = await rest.GetRecentMessagesAsync(channel, SearchPageSize, before, cancellationToken).ConfigureAwait(false);
            if (!recent.IsSuccess || recent.Value is null)
            {
                LogSearchFailed(logger, channel.Value, recent.Error?.Message);
                return (false, null);
            }

            messages.AddRange(recent.Value);
            var oldest = recent.Value.MinBy(m => m.Id.Value);
            if (oldest is null || recent.Value.Count < SearchPageSize || oldest.Timestamp < since)
            {
                break;
            }

            before = oldest.Id;
        }

        var recorded = await ledger.RecordedMessagesAsync(channel, cancellationToken).ConfigureAwait(false);
        var self = messages.FirstOrDefault(m => recorded.Contains(m.Id.Value))?.Author.Id;
        var found = messages
            .Where(m => m.EmbedCount > 0 && !recorded.Contains(m.Id.Value) && m.Timestamp >= since)
            .Where(m => self is { } us ? m.Author.Id == us : m.Author.IsBot)
            .MinBy(m => m.Id.Value)?.Id;
        return (true, found);
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Posted article {ArticleKey} in guild {GuildId} channel {ChannelId}, thread {ThreadId}")]
    private static partial void LogPosted(ILogger logger, ulong guildId, ulong channelId, string articleKey, ulong? threadId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Could not open a discussion thread in channel {ChannelId}: {Reason}")]
    private static partial void LogThreadFailed(ILogger logger, ulong channelId, string? reason);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Interrupted post of {ArticleKey} in channel {ChannelId} had reached Discord as message {MessageId}; finishing it")]
    private static partial void LogRecovered(ILogger logger, ulong channelId, string articleKey, ulong messageId);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Could not read channel {ChannelId} to find an interrupted post: {Reason}")]
    private static partial void LogSearchFailed(ILogger logger, ulong channelId, string? reason);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Searched the latest {MessageCount} messages of channel {ChannelId} without reaching an interrupted post's claim; an embed sent before them is not looked for")]
    private static partial void LogSearchCapped(ILogger logger, ulong channelId, int messageCount);
}
