using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Bot.Scoring.Repetition;

/// <summary>Recent messages of all users, findable by signature band (MinHash LSH); bounded by a <see cref="SharedBudget"/>, oldest first out. Not thread-safe.</summary>
/// <remarks>
/// Entries sit in a ring indexed by a growing sequence number. Each band of a signature hashes to a bucket; the
/// bucket holds the newest sequence that hashed there and each entry links, per band, to the one before it, so
/// a lookup walks newest first and stops at the first message outside the window. Sequences are stored as
/// their low 32 bits (plus one, so zero means empty) to halve the index; a link to a sequence older than the
/// ring's tail is dead by construction, so expiry and overwrite never rewrite chains. Buckets may mix keys and
/// unrelated texts share bands through common shingles, so every candidate is verified.
/// <para>
/// Walking a chain is a cache miss per step, so what a step needs (time, guild, user, links and the compact
/// signature) is one 64-byte <see cref="CopypastaNode"/>; the full signature and message id sit apart and are
/// read only for candidates whose compact signature already agrees enough. Every agreeing component agrees in
/// its low nibble too, so that filter never drops a true match.
/// </para>
/// <para>
/// The ring grows only while it is full and the budget grants more, so a stripe the budget holds back recycles
/// its own slots instead of growing towards the shared limit.
/// </para>
/// </remarks>
internal sealed class CopypastaIndex
{
    private const int InitialEntries = 64;

    // A raid posting one text thousands of times makes one long chain; walking a bounded prefix is enough.
    private const int MaxChainSteps = 64;

    // Buckets per band insertion. A bucket's chain also holds the unrelated keys hashed to it, each a wasted cache
    // miss; at a load of about 0.4 rather than 0.8 half of those steps go, for about 76 bytes per tracked user.
    private const int BucketsPerInsertion = 2;

    private readonly SharedBudget _budget;
    private readonly int _capacity;
    private CopypastaNode[] _nodes;
    private CopypastaDetail[] _details;
    private uint[] _buckets = [];
    private int _bucketMask;
    private long _nextSequence;
    private long _tailSequence;

    // The first sequence inside the last lookup's window, and that window's start: the next lookup with a later
    // start only moves it forward, so finding it costs a step or two, not a search.
    private long _windowSequence;
    private long _windowCutoff = long.MinValue;

    public CopypastaIndex(SharedBudget budget)
    {
        _budget = budget;
        _capacity = budget.Limit;
        _nodes = new CopypastaNode[Math.Min(InitialEntries, _capacity)];
        _details = new CopypastaDetail[_nodes.Length];
        ResizeBuckets();
    }

    public int Count => (int)(_nextSequence - _tailSequence);

    /// <summary>Entries the ring can hold before it must grow or recycle; what its memory is sized for.</summary>
    public int RingLength => _nodes.Length;

    /// <summary>
    /// Collects, into <paramref name="matches"/>, one message per other user of the guild whose text matches in at
    /// least <paramref name="minMatches"/> components and whose time is within <paramref name="windowTicks"/>.
    /// </summary>
    public int FindOtherUsers(in CopypastaEntry probe, long windowTicks, int minMatches, Span<CopypastaMatch> matches)
    {
        var compact = CompactSignature.From(probe.Signature);
        var heads = LoadHeads(probe);
        var oldest = FirstWithin(probe.Ticks - windowTicks);
        var found = 0;
        for (var band = 0; band < TextSignature.Bands && found < matches.Length; band++)
        {
            var sequence = Decode(heads[band]);
            var newer = _nextSequence;
            // Stopping at the window's first sequence, not at the first node found outside it, saves a cache miss on
            // most chains: the ring keeps entries for longer than a copypasta window.
            for (var steps = 0; sequence >= oldest && sequence < newer && steps < MaxChainSteps; steps++)
            {
                var slot = SlotOf(sequence);
                ref readonly var node = ref _nodes[slot];
                if (probe.Ticks - node.Ticks > windowTicks)
                {
                    break;
                }

                if (node.GuildId == probe.GuildId && node.UserId != probe.UserId
                    && CompactSignature.Matches(compact, node.Compact) >= minMatches && !Contains(matches[..found], node.UserId))
                {
                    ref readonly var detail = ref _details[slot];
                    var agree = probe.Signature.Matches(detail.Signature);
                    if (agree >= minMatches)
                    {
                        matches[found++] = new CopypastaMatch(node.UserId, detail.MessageId, agree);
                        if (found == matches.Length)
                        {
                            break;
                        }
                    }
                }

                newer = sequence;
                sequence = Decode(node.Links[band]);
            }
        }

        return found;
    }

    // Messages arrive in time order, so entries are sorted by time and the window's first entry only moves forward;
    // a guild with another window (or a late message) falls back to a binary search.
    private long FirstWithin(long cutoffTicks)
    {
        if (cutoffTicks < _windowCutoff || _windowSequence < _tailSequence || _windowSequence > _nextSequence)
        {
            var (low, high) = (_tailSequence, _nextSequence);
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                (low, high) = _nodes[SlotOf(middle)].Ticks < cutoffTicks ? (middle + 1, high) : (low, middle);
            }

            _windowSequence = low;
        }

        while (_windowSequence < _nextSequence && _nodes[SlotOf(_windowSequence)].Ticks < cutoffTicks)
        {
            _windowSequence++;
        }

        _windowCutoff = cutoffTicks;
        return _windowSequence;
    }

    /// <summary>Starts loading the buckets <paramref name="probe"/> will read, so their misses overlap the caller's other work.</summary>
    public void Prefetch(in CopypastaEntry probe)
    {
        if (Sse.IsSupported)
        {
            for (var band = 0; band < TextSignature.Bands; band++)
            {
                unsafe
                {
                    Sse.Prefetch0(Unsafe.AsPointer(ref _buckets[Bucket(probe.GuildId, probe.Signature, band)]));
                }
            }
        }
    }

    // Most chains are a step or two long, so the walk is bound by the misses on buckets and first nodes. Loading all
    // of them up front, with no dependency between the loads, lets the processor wait for them together, not in turn.
    private BandLinks LoadHeads(in CopypastaEntry probe)
    {
        var heads = default(BandLinks);
        for (var band = 0; band < TextSignature.Bands; band++)
        {
            heads[band] = _buckets[Bucket(probe.GuildId, probe.Signature, band)];
        }

        if (Sse.IsSupported)
        {
            for (var band = 0; band < TextSignature.Bands; band++)
            {
                var sequence = Decode(heads[band]);
                if (sequence >= _tailSequence)
                {
                    unsafe
                    {
                        Sse.Prefetch0(Unsafe.AsPointer(ref _nodes[SlotOf(sequence)]));
                    }
                }
            }
        }

        return heads;
    }

    public void Add(in CopypastaEntry entry)
    {
        if (!_budget.TryGrow(Count))
        {
            _tailSequence++;
        }
        else if (Count == _nodes.Length)
        {
            Grow();
        }

        var sequence = _nextSequence++;
        var slot = SlotOf(sequence);
        _nodes[slot] = new CopypastaNode
        {
            Ticks = entry.Ticks,
            GuildId = entry.GuildId,
            UserId = entry.UserId,
            Compact = CompactSignature.From(entry.Signature),
        };
        _details[slot] = new CopypastaDetail(entry.MessageId, entry.Signature);
        Link(sequence, slot);
    }

    /// <summary>Drops entries whose message time is before <paramref name="cutoffTicks"/>, oldest first.</summary>
    public void ExpireBefore(long cutoffTicks)
    {
        var heldBefore = Count;
        var expired = 0;
        while (_tailSequence < _nextSequence && _nodes[SlotOf(_tailSequence)].Ticks < cutoffTicks)
        {
            _tailSequence++;
            expired++;
        }

        _budget.Shrink(heldBefore, expired);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(long sequence) => (int)((ulong)sequence % (uint)_nodes.Length);

    private void Link(long sequence, int slot)
    {
        ref var node = ref _nodes[slot];
        var signature = _details[slot].Signature;
        for (var band = 0; band < TextSignature.Bands; band++)
        {
            ref var head = ref _buckets[Bucket(node.GuildId, signature, band)];
            node.Links[band] = head;
            head = (uint)(sequence + 1);
        }
    }

    private long Decode(uint stored)
    {
        if (stored == 0)
        {
            return -1;
        }

        var back = (uint)((uint)_nextSequence - (stored - 1));
        return back == 0 ? -1 : _nextSequence - back;
    }

    // Slots depend on the ring's length, so growing lays the live entries out again and re-links them in order.
    private void Grow()
    {
        var size = (int)Math.Min((long)_nodes.Length * 3 / 2, _capacity);
        var (nodes, details) = (_nodes, _details);
        _nodes = new CopypastaNode[size];
        _details = new CopypastaDetail[size];
        ResizeBuckets();
        for (var sequence = _tailSequence; sequence < _nextSequence; sequence++)
        {
            var from = (int)((ulong)sequence % (uint)nodes.Length);
            var to = SlotOf(sequence);
            _nodes[to] = nodes[from];
            _details[to] = details[from];
            Link(sequence, to);
        }
    }

    private void ResizeBuckets()
    {
        var size = (int)Math.Min(1L << 30, BitOperations.RoundUpToPowerOf2((uint)(_nodes.Length * TextSignature.Bands * BucketsPerInsertion)));
        if (_buckets.Length != size)
        {
            _buckets = new uint[size];
            _bucketMask = size - 1;
        }
        else
        {
            Array.Clear(_buckets);
        }
    }

    private int Bucket(ulong guildId, in TextSignature signature, int band)
    {
        var x = (guildId * 0x9E3779B97F4A7C15UL) ^ (((ulong)band << 32) | signature.Band(band));
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        return (int)((x ^ (x >> 29)) & (uint)_bucketMask);
    }

    private static bool Contains(ReadOnlySpan<CopypastaMatch> matches, ulong userId)
    {
        foreach (var match in matches)
        {
            if (match.UserId == userId)
            {
                return true;
            }
        }

        return false;
    }
}
