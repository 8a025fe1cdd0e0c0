using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.News.Feeds;

/// <summary>Wakes every <see cref="NewsOptions.PollCheckSeconds"/> and polls the feeds that are due.</summary>
public sealed partial class FeedPoller(FeedPollProcessor processor, IOptions<NewsOptions> options, TimeProvider timeProvider, ILogger<FeedPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollCheckSeconds), timeProvider);
        do
        {
            try
            {
                await processor.PollDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad cycle (database locked, a bug on an odd feed) must not stop polling for good.
                LogCycleFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 6205, Level = LogLevel.Error, Message = "Feed poll cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
