using System.Collections.Concurrent;

namespace Bot.Discord.Rest;

/// <summary>
/// Maps routes to buckets. Until Discord names a route's bucket (X-RateLimit-Bucket) the route itself is the bucket;
/// afterwards every route with the same bucket hash and major id shares one <see cref="RateLimitBucket"/>.
/// </summary>
internal sealed class RateLimitRegistry
{
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public RateLimitBucket GetBucket(RouteKey route) => _buckets.GetOrAdd(BucketKey(route), static _ => new RateLimitBucket());

    /// <summary>Records the bucket hash Discord reported for <paramref name="route"/>; the current bucket object carries on under it.</summary>
    public void LearnHash(RouteKey route, string hash, RateLimitBucket current)
    {
        if (_hashByRoute.TryGetValue(route.RouteId, out var known) && known == hash)
            return;
        _hashByRoute[route.RouteId] = hash;
        _buckets.GetOrAdd(Key(hash, route.Major), current);
    }

    /// <summary>The bucket hash learned for a route, if any.</summary>
    public string? HashOf(RouteKey route) => _hashByRoute.TryGetValue(route.RouteId, out var hash) ? hash : null;

    private string BucketKey(RouteKey route) =>
        Key(_hashByRoute.TryGetValue(route.RouteId, out var hash) ? hash : route.RouteId, route.Major);

    private static string Key(string bucket, string major) => string.Concat(bucket, ":", major);
}
