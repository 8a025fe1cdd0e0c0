using System.Net;

namespace Bot.Discord.Rest;

/// <summary>
/// Discord's invalid-request limit: 10,000 answers of 401, 403 or 429 per 10 minutes per IP earn a temporary
/// Cloudflare ban; 429s with scope <c>shared</c> do not count (docs: topics/rate-limits#invalid-request-limit).
/// Counts them over a sliding 10 minutes and refuses further requests while the budget is spent.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int budget = InvalidRequestGuard.DefaultBudget)
{
    /// <summary>Below Discord's 10,000, because requests already in flight may still come back invalid.</summary>
    public const int DefaultBudget = 9_000;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _invalid = new();

    /// <summary>Counts the answer when it is one Discord counts.</summary>
    public void Record(HttpStatusCode status, string? scope)
    {
        var counts = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (status == HttpStatusCode.TooManyRequests && scope != "shared");
        if (!counts)
            return;
        lock (_lock)
        {
            _invalid.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>Zero when a request may go out; otherwise how long until the oldest counted answer leaves the window.</summary>
    public TimeSpan HeldFor()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_invalid.TryPeek(out var oldest) && now - oldest >= Window)
                _invalid.Dequeue();
            return _invalid.Count >= budget ? _invalid.Peek() + Window - now : TimeSpan.Zero;
        }
    }
}
