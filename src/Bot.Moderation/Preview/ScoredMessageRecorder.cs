using System.Threading.Channels;
using Bot.Data;
using Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Preview;

/// <summary>
/// Keeps the latest scores of each guild's messages for threshold previews. Rows are written in batches off the
/// message path and trimmed to <see cref="ModerationOptions.ScoredMessagesPerGuild"/> per guild. Preview data is
/// best effort: when the queue is full a row is skipped, never the moderation of the message.
/// </summary>
public sealed class ScoredMessageRecorder(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<ModerationOptions> options,
    ILogger<ScoredMessageRecorder> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<ScoredMessage> _queue = Channel.CreateBounded<ScoredMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });

    private readonly SemaphoreSlim _writer = new(1, 1);
    private long _skipped;

    /// <summary>Rows skipped because the queue was full.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    public void Record(ScoredMessage row)
    {
        if (!_queue.Writer.TryWrite(row))
        {
            Interlocked.Increment(ref _skipped);
        }
    }

    /// <summary>Writes everything queued so far and trims the guilds it touched.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            while (_queue.Reader.TryPeek(out _))
            {
                var batch = new List<ScoredMessage>(BatchSize);
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var row))
                {
                    batch.Add(row);
                }

                await WriteAsync(batch, cancellationToken);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public override void Dispose()
    {
        _writer.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is written below.
        }

        using var lastChance = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await FlushAsync(lastChance.Token);
    }

    private async Task WriteAsync(List<ScoredMessage> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            context.ScoredMessages.AddRange(batch);
            await context.SaveChangesAsync(cancellationToken);
            var keep = options.Value.ScoredMessagesPerGuild;
            foreach (var guild in batch.Select(r => r.GuildId).Distinct())
            {
                var oldestKept = await context.ScoredMessages.Where(s => s.GuildId == guild)
                    .OrderByDescending(s => s.Id).Skip(keep - 1).Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
                if (oldestKept is { } cutoff)
                {
                    await context.ScoredMessages.Where(s => s.GuildId == guild && s.Id < cutoff).ExecuteDeleteAsync(cancellationToken);
                }
            }
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Could not store {Count} scored message(s) for previews", batch.Count);
        }
    }
}
