namespace Bot.Scoring.Repetition;

/// <summary>Recent messages of all users, findable by signature band (MinHash LSH); bounded by a <see cref="SharedBudget"/>, oldest first out. Not thread-safe.</summary>
/// <remarks>
/// Entries sit in a ring indexed by a growing sequence number. Each band of a signature hashes to a bucket; the
/// bucket holds the newest sequence that hashed there and each entry links, per band, to the one before it, so
/// a lookup walks newest first and stops at the first message outside the window. Sequences are stored as
/// their low 32 bits (plus one, so zero means empty) to halve the index; a link to a sequence older than the
/// ring's tail is dead by construction, so expiry and overwrite never rewrite chains. Buckets may mix keys:
/// every candidate is verified against the full signature, so a collision costs a step, never a false match.
/// </remarks>
internal sealed class CopypastaIndex
{
    private const int InitialEntries = 64;

    // A raid posting one text thousands of times makes one long chain; walking a bounded prefix is enough.
    private const int MaxChainSteps = 64;

    private readonly SharedBudget _budget;
    private readonly int _capacity;
    private CopypastaEntry[] _entries;
    private uint[] _links;
    private uint[] _buckets = [];
    private int _bucketMask;
    private long _nextSequence;
    private long _tailSequence;

    public CopypastaIndex(SharedBudget budget)
    {
        _budget = budget;
        _capacity = budget.Limit;
        _entries = new CopypastaEntry[Math.Min(InitialEntries, _capacity)];
        _links = new uint[_entries.Length * TextSignature.Bands];
        ResizeBuckets();
    }

    public int Count => (int)(_nextSequence - _tailSequence);

    /// <summary>
    /// Collects, into <paramref name="matches"/>, one message per other user of the guild whose text matches in at
    /// least <paramref name="minMatches"/> components and whose time is within <paramref name="windowTicks"/>.
    /// </summary>
    public int FindOtherUsers(in CopypastaEntry probe, long windowTicks, int minMatches, Span<CopypastaMatch> matches)
    {
        var found = 0;
        for (var band = 0; band < TextSignature.Bands && found < matches.Length; band++)
        {
            var sequence = Decode(_buckets[Bucket(probe, band)]);
            var newer = _nextSequence;
            for (var steps = 0; sequence >= _tailSequence && sequence < newer && steps < MaxChainSteps; steps++)
            {
                var slot = (int)(sequence % _capacity);
                ref readonly var entry = ref _entries[slot];
                if (probe.Ticks - entry.Ticks > windowTicks)
                {
                    break;
                }

                if (entry.GuildId == probe.GuildId && entry.UserId != probe.UserId && !Contains(matches[..found], entry.UserId))
                {
                    var agree = probe.Signature.Matches(entry.Signature);
                    if (agree >= minMatches)
                    {
                        matches[found++] = new CopypastaMatch(entry.UserId, entry.MessageId, agree);
                        if (found == matches.Length)
                        {
                            break;
                        }
                    }
                }

                newer = sequence;
                sequence = Decode(_links[(slot * TextSignature.Bands) + band]);
            }
        }

        return found;
    }

    public void Add(in CopypastaEntry entry)
    {
        if (!_budget.TryGrow(Count))
        {
            _tailSequence++;
        }

        var sequence = _nextSequence++;
        var slot = (int)(sequence % _capacity);
        if (slot == _entries.Length)
        {
            Grow();
        }

        _entries[slot] = entry;
        Link(sequence, slot);
    }

    /// <summary>Drops entries whose message time is before <paramref name="cutoffTicks"/>, oldest first.</summary>
    public void ExpireBefore(long cutoffTicks)
    {
        var heldBefore = Count;
        var expired = 0;
        while (_tailSequence < _nextSequence && _entries[(int)(_tailSequence % _capacity)].Ticks < cutoffTicks)
        {
            _tailSequence++;
            expired++;
        }

        _budget.Shrink(heldBefore, expired);
    }

    private void Link(long sequence, int slot)
    {
        for (var band = 0; band < TextSignature.Bands; band++)
        {
            ref var head = ref _buckets[Bucket(_entries[slot], band)];
            _links[(slot * TextSignature.Bands) + band] = head;
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

    // Growth happens only before the ring first wraps, so slots still equal sequences and can be re-linked in order.
    private void Grow()
    {
        var size = (int)Math.Min((long)_entries.Length * 3 / 2, _capacity);
        Array.Resize(ref _entries, size);
        Array.Resize(ref _links, size * TextSignature.Bands);
        if (_buckets.Length < size * TextSignature.Bands)
        {
            ResizeBuckets();
            for (var sequence = _tailSequence; sequence < _nextSequence - 1; sequence++)
            {
                Link(sequence, (int)sequence);
            }
        }
    }

    private void ResizeBuckets()
    {
        var size = (int)Math.Min(1L << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_entries.Length * TextSignature.Bands)));
        _buckets = new uint[size];
        _bucketMask = size - 1;
    }

    private int Bucket(in CopypastaEntry entry, int band)
    {
        var x = (entry.GuildId * 0x9E3779B97F4A7C15UL) ^ (((ulong)band << 32) | entry.Signature.Band(band));
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
