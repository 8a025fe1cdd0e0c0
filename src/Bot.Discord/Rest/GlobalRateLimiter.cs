namespace Bot.Discord.Rest;

/// <summary>
/// The bot-wide limit: 50 requests per second (docs: topics/rate-limits#global-rate-limit), plus the pause a global
/// 429 imposes on every request. Interaction routes do not pass through here.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int perSecond = GlobalRateLimiter.DiscordPerSecond)
{
    public const int DiscordPerSecond = 50;

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait <= TimeSpan.Zero)
                return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>A global 429: stop all requests until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    private TimeSpan TryTake()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _pausedUntil)
                return _pausedUntil - now;
            if (now - _windowStart >= TimeSpan.FromSeconds(1))
            {
                _windowStart = now;
                _used = 0;
            }
            if (_used < perSecond)
            {
                _used++;
                return TimeSpan.Zero;
            }
            return _windowStart + TimeSpan.FromSeconds(1) - now;
        }
    }
}
