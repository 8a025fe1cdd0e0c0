namespace Bot.Sandbox.Rest;

/// <summary>The outcome of taking a request from a bucket, with what the headers report.</summary>
internal sealed record RateLimitDecision(bool Allowed, bool Global, BucketLimit Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan ResetAfter, string BucketHash);
