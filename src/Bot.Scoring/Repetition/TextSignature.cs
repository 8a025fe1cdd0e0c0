using System.Numerics;
using System.Runtime.Intrinsics;

namespace Bot.Scoring.Repetition;

/// <summary>A text's MinHash signature: 16 minima of its shingles' hashes, 16 bits each, in four 64-bit words.</summary>
internal readonly record struct TextSignature(ulong W0, ulong W1, ulong W2, ulong W3)
{
    public const int Components = 16;

    /// <summary>Locality-sensitive bands of two components each: near-identical texts share at least one band.</summary>
    public const int Bands = 8;

    /// <summary>How many of the 16 components agree; Components × Jaccard similarity, estimated.</summary>
    public int Matches(in TextSignature other)
    {
        var equal = Vector256.Equals(AsVector(), other.AsVector());
        return BitOperations.PopCount(equal.ExtractMostSignificantBits());
    }

    /// <summary>The 32-bit value of band <paramref name="band"/> (0..7).</summary>
    public uint Band(int band)
    {
        var word = (band >> 1) switch
        {
            0 => W0,
            1 => W1,
            2 => W2,
            _ => W3,
        };
        return (uint)(word >> ((band & 1) << 5));
    }

    private Vector256<ushort> AsVector() => Vector256.Create(W0, W1, W2, W3).AsUInt16();
}
