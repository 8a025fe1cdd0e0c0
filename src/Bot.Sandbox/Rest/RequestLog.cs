using Bot.Sandbox.Model;

namespace Bot.Sandbox.Rest;

/// <summary>Every REST request received, and how many 429s the sandbox's own buckets produced.</summary>
internal sealed class RequestLog
{
    private readonly Lock _sync = new();
    private readonly List<RecordedRequest> _requests = [];
    private int _rateLimited;

    public int RateLimitedCount => Volatile.Read(ref _rateLimited);

    public void Add(RecordedRequest request)
    {
        lock (_sync)
        {
            _requests.Add(request);
        }
    }

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_sync)
        {
            return [.. _requests];
        }
    }
}
