using System.Numerics;

namespace Bot.Scoring.Repetition;

/// <summary>A 64-bit form of a <see cref="TextSignature"/>: the low 4 bits of each of its 16 components (b-bit MinHash).</summary>
/// <remarks>
/// Per-user history keeps only this so a remembered message costs 32 bytes. Unrelated components agree by
/// chance with probability 1/16, which the match threshold accounts for (Li and König, b-bit minwise hashing).
/// </remarks>
internal static class CompactSignature
{
    private const ulong LowBitOfEachNibble = 0x1111_1111_1111_1111UL;

    public static ulong From(in TextSignature signature) =>
        Pack(signature.W0) | (Pack(signature.W1) << 16) | (Pack(signature.W2) << 32) | (Pack(signature.W3) << 48);

    /// <summary>How many of the 16 nibbles agree.</summary>
    public static int Matches(ulong a, ulong b)
    {
        var differing = a ^ b;
        differing |= differing >> 1;
        differing |= differing >> 2;
        return TextSignature.Components - BitOperations.PopCount(differing & LowBitOfEachNibble);
    }

    /// <summary>The agreeing nibbles needed for an estimated Jaccard similarity of at least <paramref name="similarity"/>.</summary>
    public static int MinMatches(double similarity) =>
        (int)Math.Ceiling(TextSignature.Components * (similarity + ((1 - similarity) / 16)));

    /// <summary>The Jaccard similarity estimated from <paramref name="matches"/> agreeing nibbles, corrected for chance agreement.</summary>
    public static double Similarity(int matches) =>
        Math.Clamp((((double)matches / TextSignature.Components) - (1.0 / 16)) / (15.0 / 16), 0, 1);

    // Four 16-bit components in a word; keep the low nibble of each.
    private static ulong Pack(ulong word) =>
        (word & 0xF) | ((word >> 12) & 0xF0) | ((word >> 24) & 0xF00) | ((word >> 36) & 0xF000);
}
