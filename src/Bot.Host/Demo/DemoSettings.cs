namespace Bot.Host.Demo;

/// <summary>What <c>demo</c> was asked for: which seed, where the database goes, and whether to keep running.</summary>
internal sealed record DemoSettings(string? SeedName, string? DatabasePath, bool Interactive)
{
    /// <summary>How long one step (a command reply, a message's verdict) may take before the demo gives up on it.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
