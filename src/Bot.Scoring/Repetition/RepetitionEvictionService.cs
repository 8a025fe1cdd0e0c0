using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Repetition;

/// <summary>Sweeps idle users out of the <see cref="RepetitionDetector"/> every <see cref="RepetitionOptions.EvictionInterval"/>.</summary>
internal sealed partial class RepetitionEvictionService(
    RepetitionDetector detector,
    IOptions<RepetitionOptions> options,
    TimeProvider time,
    ILogger<RepetitionEvictionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvictionInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var evicted = detector.EvictIdle();
                if (evicted > 0)
                {
                    LogEvicted(logger, evicted, detector.TrackedUsers);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Evicted {Evicted} idle users from repetition tracking; {Tracked} remain")]
    private static partial void LogEvicted(ILogger logger, int evicted, int tracked);
}
