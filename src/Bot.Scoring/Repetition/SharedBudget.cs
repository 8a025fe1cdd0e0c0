namespace Bot.Scoring.Repetition;

/// <summary>A hard capacity shared by all stripes: each is guaranteed a small share, and the rest goes to whoever needs it.</summary>
/// <remarks>
/// A fixed split would let one busy guild use only 1/stripes of the memory while the other stripes sit empty.
/// Instead a quarter of the limit is reserved, split evenly, so a quiet guild is never starved by a busy one,
/// and growth beyond a stripe's reserve is committed against the cap: the committed total is the sum over
/// stripes of max(held, reserve), never above <see cref="Limit"/>, so the entries held never exceed it either.
/// One busy guild can use at least three quarters of the limit. A stripe that cannot commit replaces one of its own.
/// </remarks>
internal sealed class SharedBudget
{
    private int _committed;

    public SharedBudget(int limit, int stripes)
    {
        Limit = limit;
        Reserve = Math.Max(1, limit / (4 * stripes));
        _committed = Reserve * stripes;
    }

    public int Limit { get; }

    public int Reserve { get; }

    /// <summary>Whether a stripe holding <paramref name="held"/> may add one more; false means it must replace one of its own.</summary>
    public bool TryGrow(int held)
    {
        if (held < Reserve)
        {
            return true;
        }

        var committed = Volatile.Read(ref _committed);
        while (committed < Limit)
        {
            var seen = Interlocked.CompareExchange(ref _committed, committed + 1, committed);
            if (seen == committed)
            {
                return true;
            }

            committed = seen;
        }

        return false;
    }

    /// <summary>Gives back what a stripe that held <paramref name="heldBefore"/> and dropped <paramref name="dropped"/> had above its reserve.</summary>
    public void Shrink(int heldBefore, int dropped)
    {
        var released = Math.Min(dropped, heldBefore - Reserve);
        if (released > 0)
        {
            Interlocked.Add(ref _committed, -released);
        }
    }
}
