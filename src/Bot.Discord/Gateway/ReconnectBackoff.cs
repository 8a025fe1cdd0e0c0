namespace Bot.Discord.Gateway;

/// <summary>Exponential reconnect delays with jitter, so many shards or bots do not reconnect in lockstep.</summary>
internal sealed class ReconnectBackoff(Random random)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);
    private int _failures;

    /// <summary>The delay before the next attempt: 1 s, 2 s, 4 s … up to 60 s, each scaled by a random 0.5–1.</summary>
    public TimeSpan Next()
    {
        var baseDelay = First * Math.Pow(2, Math.Min(_failures, 6));
        _failures++;
        if (baseDelay > Max)
            baseDelay = Max;
        return baseDelay * (0.5 + (random.NextDouble() / 2));
    }

    /// <summary>A session was established: the next drop starts again from the shortest delay.</summary>
    public void Reset() => _failures = 0;
}
