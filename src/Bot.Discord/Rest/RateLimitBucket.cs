namespace Bot.Discord.Rest;

/// <summary>
/// What Discord told us about one bucket: requests left and when the window resets. Requests in a bucket are
/// serialized by <see cref="Gate"/>, so the headers of each response are applied before the next request starts.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int _remaining = -1;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before the next request may go out; zero when the bucket is not known to be exhausted.</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining != 0 || now >= _resetAt)
                return TimeSpan.Zero;
            return _resetAt - now;
        }
    }

    public void Update(int remaining, TimeSpan resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = now + resetAfter;
        }
    }

    /// <summary>A 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now) => Update(0, retryAfter, now);
}
