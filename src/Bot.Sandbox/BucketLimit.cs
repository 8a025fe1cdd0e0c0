namespace Bot.Sandbox;

/// <summary>A rate-limit bucket's size: <paramref name="Limit"/> requests per <paramref name="Window"/>, per major resource.</summary>
public sealed record BucketLimit(int Limit, TimeSpan Window);
