using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Heat;

/// <summary>Looks for calm threads on a <see cref="TimeProvider"/> timer and lifts their slowmode.</summary>
internal sealed class HeatLiftService(ThreadHeatMonitor monitor, TimeProvider timeProvider, ILogger<HeatLiftService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(monitor.CheckInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await monitor.LiftCalmThreadsAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Lifting slowmode of calm threads failed; retrying on the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
