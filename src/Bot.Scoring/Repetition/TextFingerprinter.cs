using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Bot.Scoring.Repetition;

/// <summary>Turns a text into a <see cref="TextSignature"/>: folded characters, 4-character shingles, MinHash.</summary>
/// <remarks>
/// Character shingles over the folded text (spaces and punctuation removed, runs collapsed) survive respacing,
/// punctuation and small edits: one changed letter alters at most four shingles. The 16 hash functions are
/// affine maps of the shingle's 64-bit hash evaluated in two 8-lane vectors, so a shingle costs a handful of
/// vector instructions and the whole text allocates nothing.
/// </remarks>
internal static class TextFingerprinter
{
    public const int ShingleLength = 4;

    private static readonly Vector256<uint> A0 = Vector256.Create(0x9E3779B1u, 0x85EBCA77u, 0xC2B2AE3Du, 0x27D4EB2Fu, 0x165667B1u, 0xD3A2646Du, 0xFD7046C5u, 0xB55A4F09u);
    private static readonly Vector256<uint> A1 = Vector256.Create(0x6C8E9CF5u, 0x7FEB352Du, 0x846CA68Bu, 0x5BD1E995u, 0xCC9E2D51u, 0x1B873593u, 0xE6546B65u, 0x2545F491u);
    private static readonly Vector256<uint> B0 = Vector256.Create(0x3C6EF372u, 0xA54FF53Au, 0x510E527Fu, 0x9B05688Cu, 0x1F83D9ABu, 0x5BE0CD19u, 0xCBBB9D5Du, 0x629A292Au);
    private static readonly Vector256<uint> B1 = Vector256.Create(0x9159015Au, 0x152FECD8u, 0x67332667u, 0x8EB44A87u, 0xDB0C2E0Du, 0x47B5481Du, 0xAE5F9155u, 0xCF6C85D3u);
    private static readonly Vector256<uint> C0 = Vector256.Create(0x243F6A88u, 0x85A308D3u, 0x13198A2Eu, 0x03707344u, 0xA4093822u, 0x299F31D0u, 0x082EFA98u, 0xEC4E6C89u);
    private static readonly Vector256<uint> C1 = Vector256.Create(0x452821E6u, 0x38D01377u, 0xBE5466CFu, 0x34E90C6Cu, 0xC0AC29B7u, 0xC97C50DDu, 0x3F84D5B5u, 0xB5470917u);

    /// <summary>Signs <paramref name="text"/>; false (and an empty signature) when fewer than <paramref name="minLength"/> characters survive folding.</summary>
    public static bool TryCompute(ReadOnlySpan<char> text, int minLength, out TextSignature signature)
    {
        var mins0 = Vector256<uint>.AllBitsSet;
        var mins1 = Vector256<uint>.AllBitsSet;
        ulong window = 0;
        var kept = 0;
        var previous = '\0';
        foreach (var raw in text)
        {
            var c = CharFolding.Fold(raw);
            if (c == '\0' || c == previous)
            {
                continue;
            }

            previous = c;
            window = (window << 16) | c;
            if (++kept >= ShingleLength)
            {
                Absorb(Mix(window), ref mins0, ref mins1);
            }
        }

        if (kept < Math.Max(minLength, ShingleLength))
        {
            signature = default;
            return false;
        }

        // Keep the low 16 bits of each minimum: different minima collide with probability 2^-16.
        var packed = Vector256.Narrow(mins0, mins1).AsUInt64();
        signature = new TextSignature(packed[0], packed[1], packed[2], packed[3]);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Absorb(ulong hash, ref Vector256<uint> mins0, ref Vector256<uint> mins1)
    {
        var lo = Vector256.Create((uint)hash);
        var hi = Vector256.Create((uint)(hash >> 32));
        var h0 = (A0 * lo) + (B0 * hi) + C0;
        var h1 = (A1 * lo) + (B1 * hi) + C1;
        h0 ^= Vector256.ShiftRightLogical(h0, 15);
        h1 ^= Vector256.ShiftRightLogical(h1, 15);
        mins0 = Vector256.Min(mins0, h0);
        mins1 = Vector256.Min(mins1, h1);
    }

    // MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
