using Bot.Discord.Logging;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Spaces Identify payloads across shards: one per rate-limit key (shard_id % max_concurrency) every 5 s, and
/// none while the daily session_start_limit is used up (docs: events/gateway#session-start-limit-object, #sharding).
/// </summary>
internal sealed class IdentifyLimiter(TimeProvider time, ILogger logger, int maxConcurrency, int remaining, TimeSpan resetAfter)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextByKey = [];
    private readonly int _maxConcurrency = Math.Max(1, maxConcurrency);
    private int _remaining = remaining;
    private DateTimeOffset _quotaResetsAt = time.GetUtcNow() + resetAfter;

    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        var (wait, quotaWait) = Reserve(shardId);
        if (quotaWait)
            Log.IdentifyQuotaWait(logger, wait.TotalMilliseconds);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancellationToken);
    }

    private (TimeSpan Wait, bool QuotaWait) Reserve(int shardId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var start = now;
            var quotaWait = false;
            if (_remaining <= 0)
            {
                // Identifying past the daily quota resets the token; wait for the reported reset instead.
                start = _quotaResetsAt > now ? _quotaResetsAt : now;
                quotaWait = start > now;
                _remaining = int.MaxValue;
            }
            _remaining--;
            var key = shardId % _maxConcurrency;
            if (_nextByKey.TryGetValue(key, out var next) && next > start)
                start = next;
            _nextByKey[key] = start + Interval;
            return (start - now, quotaWait);
        }
    }
}
