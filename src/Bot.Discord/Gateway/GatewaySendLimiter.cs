namespace Bot.Discord.Gateway;

/// <summary>
/// The gateway's send limit: 120 payloads per connection per 60 s; going over disconnects the bot
/// (docs: events/gateway#rate-limiting). A few slots stay reserved for heartbeats so commands can never starve them.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = GatewaySendLimiter.DiscordLimit, int reservedForHeartbeats = GatewaySendLimiter.HeartbeatReserve)
{
    public const int DiscordLimit = 120;
    public const int HeartbeatReserve = 3;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;

    /// <summary>Waits until one more payload may be sent in the current window.</summary>
    public async ValueTask AcquireAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(heartbeat ? limit : limit - reservedForHeartbeats);
            if (wait <= TimeSpan.Zero)
                return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private TimeSpan TryTake(int allowed)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _used = 0;
            }
            if (_used < allowed)
            {
                _used++;
                return TimeSpan.Zero;
            }
            return _windowStart + Window - now;
        }
    }
}
