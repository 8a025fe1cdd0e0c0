namespace Bot.Sandbox.Rest;

/// <summary>Pending REST faults per route key: a number of forced 429s or 5xx answers.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, Fault> _faults = new(StringComparer.Ordinal);

    public void Add(string routeKey, Fault fault)
    {
        lock (_sync)
        {
            _faults[routeKey] = fault;
        }
    }

    /// <summary>Takes one fault for the route if any is pending.</summary>
    public Fault? Take(string routeKey)
    {
        lock (_sync)
        {
            if (!_faults.TryGetValue(routeKey, out var fault))
            {
                return null;
            }

            if (fault.Remaining <= 1)
            {
                _faults.Remove(routeKey);
            }
            else
            {
                _faults[routeKey] = fault with { Remaining = fault.Remaining - 1 };
            }

            return fault;
        }
    }

    /// <summary>A fault: <see cref="Status"/> 429 (with <see cref="RetryAfter"/>) or a 5xx, for <see cref="Remaining"/> requests.</summary>
    public sealed record Fault(int Status, int Remaining, TimeSpan RetryAfter);
}
