using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Bot.Scoring.Repetition;

/// <summary>A bounded table of users and their recent messages; not thread-safe (the owning stripe locks).</summary>
/// <remarks>
/// Users are found through an open-addressing index (linear probing) whose <see cref="UserSlot"/>s hold the key and
/// the per-user bookkeeping inline, so finding and updating a user reads one cache line; a dictionary of slot
/// numbers cost three dependent misses (bucket, entry, slot). Histories live in fixed <see cref="HistoryRings"/>
/// with no per-user objects; a ring keeps its number while index slots move. Arrays grow as needed; when the <see cref="SharedBudget"/> says so, the CLOCK hand over the rings evicts a
/// user not seen since it last passed, which keeps memory flat however many new accounts appear.
/// </remarks>
internal sealed class UserTable
{
    private readonly SharedBudget _budget;
    private readonly int _capacity;
    private readonly int _historyLength;
    private UserSlot[] _slots;
    private int _slotMask;

    // Per ring, its owner (null while free): how eviction, which walks rings, finds the user's slot.
    private UserKey?[] _owners;
    private readonly HistoryRings _history;
    private int[] _free;
    private int _count;
    private int _freeCount;
    private int _highWater;
    private int _hand;

    public UserTable(SharedBudget budget, int historyLength)
    {
        _budget = budget;
        _capacity = budget.Limit;
        _historyLength = historyLength;
        _history = new HistoryRings(historyLength, _capacity);
        var rings = _history.Capacity;
        _owners = new UserKey?[rings];
        _free = new int[rings];
        _slots = new UserSlot[SlotsFor(rings)];
        _slotMask = _slots.Length - 1;
    }

    public int Count => _count;

    /// <summary>Starts loading the index line of <paramref name="key"/>; safe without the lock, since a prefetch of a stale array is harmless.</summary>
    public void Prefetch(UserKey key)
    {
        var slots = _slots;
        if (Sse.IsSupported)
        {
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref slots[key.GetHashCode() & (slots.Length - 1)]));
            }
        }
    }

    /// <summary>Finds or adds <paramref name="key"/>, marks it recently used, starts loading its history and returns its index slot.</summary>
    /// <remarks>The slot stays valid until the next call that adds or removes a user.</remarks>
    public int Touch(UserKey key, long clockTicks)
    {
        var at = Find(key);
        if (at < 0)
        {
            var ring = Allocate();
            at = Insert(key, ring);
            _owners[ring] = key;
            _count++;
        }

        ref var user = ref _slots[at];
        user.LastSeenTicks = clockTicks;
        user.Referenced = true;
        PrefetchHistory(user);
        return at;
    }

    /// <summary>The user's remembered messages, newest first, into <paramref name="destination"/>; returns how many.</summary>
    public int CopyHistory(int slot, Span<HistoryEntry> destination)
    {
        ref readonly var user = ref _slots[slot];
        var ring = _history[user.Ring];
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
        _history[user.Ring][user.Head] = entry;
        user.Head = (byte)(user.Head + 1 == _historyLength ? 0 : user.Head + 1);
        user.Count = (byte)Math.Min(user.Count + 1, _historyLength);
    }

    /// <summary>Forgets users last seen before <paramref name="cutoffTicks"/> (clock time); returns how many.</summary>
    public int EvictIdle(long cutoffTicks)
    {
        var heldBefore = _count;
        var evicted = 0;
        for (var ring = 0; ring < _highWater; ring++)
        {
            if (_owners[ring] is { } key && _slots[Find(key)].LastSeenTicks < cutoffTicks)
            {
                Release(ring, key);
                evicted++;
            }
        }

        _budget.Shrink(heldBefore, evicted);
        return evicted;
    }

    // The history a message scans sits in lines of its own; loading them now overlaps that miss with the copypasta
    // lookup the caller does next. Until a ring wraps, its entries are its first Count.
    private void PrefetchHistory(in UserSlot user)
    {
        if (Sse.IsSupported && user.Count > 0)
        {
            ref var first = ref MemoryMarshal.GetReference(_history[user.Ring]);
            var bytes = user.Count * Unsafe.SizeOf<HistoryEntry>();
            for (var offset = 0; offset < bytes + 63; offset += 64)
            {
                unsafe
                {
                    Sse.Prefetch0((byte*)Unsafe.AsPointer(ref first) + Math.Min(offset, bytes - 1));
                }
            }
        }
    }

    private int Find(UserKey key)
    {
        for (var at = Home(key); ; at = (at + 1) & _slotMask)
        {
            ref readonly var slot = ref _slots[at];
            if (!slot.InUse)
            {
                return -1;
            }

            if (slot.Key.Equals(key))
            {
                return at;
            }
        }
    }

    private int Insert(UserKey key, int ring)
    {
        var at = FreeSlotFor(key);
        _slots[at] = new UserSlot { Key = key, RingPlusOne = ring + 1 };
        return at;
    }

    /// <summary>The first empty slot of <paramref name="key"/>'s probe run.</summary>
    private int FreeSlotFor(UserKey key)
    {
        var at = Home(key);
        while (_slots[at].InUse)
        {
            at = (at + 1) & _slotMask;
        }

        return at;
    }

    private int Home(UserKey key) => key.GetHashCode() & _slotMask;

    // Backward-shift deletion: later slots of the same probe run move up, so lookups need no tombstones.
    private void Remove(UserKey key)
    {
        var hole = Find(key);
        for (var at = (hole + 1) & _slotMask; _slots[at].InUse; at = (at + 1) & _slotMask)
        {
            var home = Home(_slots[at].Key);
            if (((at - home) & _slotMask) >= ((at - hole) & _slotMask))
            {
                _slots[hole] = _slots[at];
                hole = at;
            }
        }

        _slots[hole] = default;
        _count--;
    }

    private int Allocate()
    {
        // The budget never lets a stripe past the limit, so a granted ring always fits in the arrays.
        if (!_budget.TryGrow(_count))
        {
            return EvictByClock();
        }

        if (_freeCount > 0)
        {
            return _free[--_freeCount];
        }

        if (_highWater == _owners.Length)
        {
            Grow();
        }

        if (_highWater == _history.Capacity)
        {
            _history.Grow();
        }

        return _highWater++;
    }

    // Second chance: a user touched since the hand last passed is spared once; the first one not touched goes.
    private int EvictByClock()
    {
        while (true)
        {
            var ring = _hand;
            _hand = _hand + 1 == _highWater ? 0 : _hand + 1;
            if (_owners[ring] is not { } key)
            {
                continue;
            }

            ref var user = ref _slots[Find(key)];
            if (user.Referenced)
            {
                user.Referenced = false;
                continue;
            }

            Remove(key);
            _owners[ring] = null;
            return ring;
        }
    }

    private void Release(int ring, UserKey key)
    {
        Remove(key);
        _owners[ring] = null;
        _free[_freeCount++] = ring;
    }

    private void Grow()
    {
        var size = (int)Math.Min((long)_owners.Length * 3 / 2, _capacity);
        Array.Resize(ref _owners, size);
        Array.Resize(ref _free, size);
        if (SlotsFor(size) > _slots.Length)
        {
            Rehash(SlotsFor(size));
        }
    }

    private void Rehash(int size)
    {
        var old = _slots;
        _slots = new UserSlot[size];
        _slotMask = size - 1;
        foreach (var slot in old)
        {
            if (slot.InUse)
            {
                _slots[FreeSlotFor(slot.Key)] = slot;
            }
        }
    }

    // At most two thirds full, so a miss ends after a short probe run.
    private static int SlotsFor(int rings) => (int)BitOperations.RoundUpToPowerOf2((uint)(rings + (rings / 2) + 1));
}
