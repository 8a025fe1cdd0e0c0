using System.Security.Cryptography;
using System.Text;

namespace Bot.Sandbox.Rest;

/// <summary>
/// Fixed-window buckets keyed by bucket name and major resource, plus the global per-second limit, on the
/// injected clock (docs: topics/rate-limits).
/// </summary>
internal sealed class RateLimiter(SandboxOptions options, TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, Window> _buckets = new(StringComparer.Ordinal);
    private Window _global = new(0, DateTimeOffset.MinValue);

    public RateLimitDecision Acquire(RouteSpec spec, string major)
    {
        var now = time.GetUtcNow();
        var limit = options.Buckets.TryGetValue(spec.Bucket, out var configured) ? configured : options.Buckets[SandboxBuckets.Default];
        lock (_sync)
        {
            if (!spec.GlobalExempt)
            {
                if (now >= _global.ResetAt)
                {
                    _global = new Window(0, now + TimeSpan.FromSeconds(1));
                }

                if (_global.Used >= options.GlobalRequestsPerSecond)
                {
                    return new RateLimitDecision(false, true, limit, 0, _global.ResetAt, _global.ResetAt - now, "");
                }
            }

            var key = spec.Bucket + ":" + major;
            if (!_buckets.TryGetValue(key, out var window) || now >= window.ResetAt)
            {
                window = new Window(0, now + limit.Window);
            }

            var hash = Hash(spec.Bucket);
            if (window.Used >= limit.Limit)
            {
                _buckets[key] = window;
                return new RateLimitDecision(false, false, limit, 0, window.ResetAt, window.ResetAt - now, hash);
            }

            window = window with { Used = window.Used + 1 };
            _buckets[key] = window;
            if (!spec.GlobalExempt)
            {
                _global = _global with { Used = _global.Used + 1 };
            }

            return new RateLimitDecision(true, false, limit, limit.Limit - window.Used, window.ResetAt, window.ResetAt - now, hash);
        }
    }

    // Discord's bucket ids are opaque hashes; a stable hash of the name behaves the same for clients.
    private static string Hash(string bucket) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bucket)))[..32];

    private sealed record Window(int Used, DateTimeOffset ResetAt);
}
