namespace Bot.Scoring.Repetition;

/// <summary>A bounded table of users and their recent messages; not thread-safe (the owning stripe locks).</summary>
/// <remarks>
/// Users live in slots of a flat array and their histories in one flat entry array (slot × history length),
/// so a user costs a dictionary entry, a slot and a fixed ring of <see cref="HistoryEntry"/> values with no
/// per-user objects. Arrays grow by half again as needed; when the <see cref="SharedBudget"/> says so, the CLOCK
/// hand evicts a user not seen since it last passed, which keeps memory flat however many new accounts appear.
/// </remarks>
internal sealed class UserTable
{
    private const int InitialSlots = 16;

    private readonly Dictionary<UserKey, int> _index = [];
    private readonly SharedBudget _budget;
    private readonly int _capacity;
    private readonly int _historyLength;
    private UserSlot[] _slots;
    private HistoryEntry[] _history;
    private int[] _free;
    private int _freeCount;
    private int _highWater;
    private int _hand;

    public UserTable(SharedBudget budget, int historyLength)
    {
        _budget = budget;
        _capacity = budget.Limit;
        _historyLength = historyLength;
        _slots = new UserSlot[Math.Min(InitialSlots, _capacity)];
        _free = new int[_slots.Length];
        _history = new HistoryEntry[_slots.Length * historyLength];
    }

    public int Count => _index.Count;

    /// <summary>Finds or adds <paramref name="key"/>, marks it recently used and returns its slot.</summary>
    public int Touch(UserKey key, long clockTicks)
    {
        if (!_index.TryGetValue(key, out var slot))
        {
            slot = Allocate();
            _slots[slot] = new UserSlot { Key = key, InUse = true };
            _index.Add(key, slot);
        }

        ref var user = ref _slots[slot];
        user.LastSeenTicks = clockTicks;
        user.Referenced = true;
        return slot;
    }

    /// <summary>The user's remembered messages, newest first, into <paramref name="destination"/>; returns how many.</summary>
    public int CopyHistory(int slot, Span<HistoryEntry> destination)
    {
        ref readonly var user = ref _slots[slot];
        var ring = _history.AsSpan(slot * _historyLength, _historyLength);
        var count = Math.Min(user.Count, destination.Length);
        for (var i = 0; i < count; i++)
        {
            var at = user.Head - 1 - i;
            destination[i] = ring[at < 0 ? at + _historyLength : at];
        }

        return count;
    }

    public void Append(int slot, in HistoryEntry entry)
    {
        ref var user = ref _slots[slot];
        _history[(slot * _historyLength) + user.Head] = entry;
        user.Head = user.Head + 1 == _historyLength ? 0 : user.Head + 1;
        user.Count = Math.Min(user.Count + 1, _historyLength);
    }

    /// <summary>Forgets users last seen before <paramref name="cutoffTicks"/> (clock time); returns how many.</summary>
    public int EvictIdle(long cutoffTicks)
    {
        var heldBefore = _index.Count;
        var evicted = 0;
        for (var slot = 0; slot < _highWater; slot++)
        {
            if (_slots[slot].InUse && _slots[slot].LastSeenTicks < cutoffTicks)
            {
                Release(slot);
                evicted++;
            }
        }

        _budget.Shrink(heldBefore, evicted);
        return evicted;
    }

    private int Allocate()
    {
        // The budget never lets a stripe past the limit, so a granted slot always fits in the arrays.
        if (!_budget.TryGrow(_index.Count))
        {
            return EvictByClock();
        }

        if (_freeCount > 0)
        {
            return _free[--_freeCount];
        }

        if (_highWater == _slots.Length)
        {
            Grow();
        }

        return _highWater++;
    }

    // Second chance: a user touched since the hand last passed is spared once; the first one not touched goes.
    private int EvictByClock()
    {
        while (true)
        {
            var slot = _hand;
            _hand = _hand + 1 == _highWater ? 0 : _hand + 1;
            ref var user = ref _slots[slot];
            if (!user.InUse)
            {
                continue;
            }

            if (user.Referenced)
            {
                user.Referenced = false;
                continue;
            }

            _index.Remove(user.Key);
            user = default;
            return slot;
        }
    }

    private void Release(int slot)
    {
        _index.Remove(_slots[slot].Key);
        _slots[slot] = default;
        _free[_freeCount++] = slot;
    }

    private void Grow()
    {
        var size = (int)Math.Min((long)_slots.Length * 3 / 2, _capacity);
        Array.Resize(ref _slots, size);
        Array.Resize(ref _free, size);
        Array.Resize(ref _history, size * _historyLength);
    }
}
