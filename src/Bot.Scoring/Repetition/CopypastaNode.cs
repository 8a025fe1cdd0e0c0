using System.Runtime.CompilerServices;

namespace Bot.Scoring.Repetition;

/// <summary>What a copypasta chain walk reads at each step, in one 64-byte cache line: time, guild, user, compact signature, per-band links.</summary>
internal struct CopypastaNode
{
    public long Ticks;
    public ulong GuildId;
    public ulong UserId;

    /// <summary>The entry's <see cref="CompactSignature"/>: a cheap filter before the full signature is read.</summary>
    public ulong Compact;

    /// <summary>Per band, the stored sequence of the previous entry in the same bucket.</summary>
    public BandLinks Links;
}

/// <summary>One link per LSH band.</summary>
[InlineArray(TextSignature.Bands)]
internal struct BandLinks
{
    private uint _first;
}
