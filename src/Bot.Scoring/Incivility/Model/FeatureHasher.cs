using Bot.Scoring.Incivility.Lexicon;
using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Incivility.Model;

/// <summary>Receives one feature at a time; a struct so the featuriser's loop is not a chain of virtual calls.</summary>
internal interface IFeatureSink
{
    void Add(int index, float value);
}

/// <summary>
/// Turns a normalised message into hashed features: word unigrams and bigrams, character n-grams inside each
/// word (with word-boundary marks), and a few lexicon features in fixed slots after the hashed space. Each
/// hashed group is scaled by 1/sqrt(its size) so long and short messages weigh alike. Training and scoring use
/// this one implementation, which is what keeps the exported weights valid.
/// </summary>
internal static class FeatureHasher
{
    public const int LexiconFeatureCount = 10;

    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong CharSalt = 0x9E3779B97F4A7C15UL;
    private const ulong BigramSalt = 0xC2B2AE3D27D4EB4FUL;
    private const char WordStart = '\u0002';
    private const char WordEnd = '\u0003';

    public static int Dimension(FeatureSettings settings) => (1 << settings.HashBits) + LexiconFeatureCount;

    public static int WordIndex(ReadOnlySpan<char> token, int hashBits) => Index(HashWord(token), hashBits);

    public static void Featurize<TSink>(NormalizedText text, LexiconFindings findings, FeatureSettings settings, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var bits = settings.HashBits;
        var tokens = text.TokenCount;
        if (tokens > 0)
        {
            var wordScale = 1f / MathF.Sqrt((2 * tokens) - 1);
            var previous = 0UL;
            var charCount = 0;
            for (var i = 0; i < tokens; i++)
            {
                var token = text.Token(i);
                var hash = HashWord(token);
                sink.Add(Index(hash, bits), wordScale);
                if (i > 0)
                {
                    sink.Add(Index(((previous * Prime) ^ hash) + BigramSalt, bits), wordScale);
                }

                previous = hash;
                charCount += CharGramCount(token.Length, settings);
            }

            if (charCount > 0)
            {
                var charScale = 1f / MathF.Sqrt(charCount);
                for (var i = 0; i < tokens; i++)
                {
                    AddCharGrams(text.Token(i), settings, charScale, ref sink);
                }
            }
        }

        var lexicon = 1 << bits;
        sink.Add(lexicon, Math.Min(findings.Profanity, 3) / 3f);
        sink.Add(lexicon + 1, Math.Min(findings.Insults, 3) / 3f);
        sink.Add(lexicon + 2, findings.Targeted ? 1f : 0f);
        sink.Add(lexicon + 3, findings.IdentityAttack ? 1f : 0f);
        sink.Add(lexicon + 4, findings.Threat ? 1f : 0f);
        sink.Add(lexicon + 5, findings.SecondPerson ? 1f : 0f);
        sink.Add(lexicon + 6, findings.Shouting ? 1f : 0f);
        sink.Add(lexicon + 7, findings.CapsRatio);
        sink.Add(lexicon + 8, findings.Deobfuscated ? 1f : 0f);
        sink.Add(lexicon + 9, Math.Min(findings.Mentions, 3) / 3f);
    }

    private static int CharGramCount(int length, FeatureSettings settings)
    {
        var padded = length + 2;
        var count = 0;
        for (var n = settings.CharMin; n <= settings.CharMax; n++)
        {
            count += Math.Max(0, padded - n + 1);
        }

        return count;
    }

    private static void AddCharGrams<TSink>(ReadOnlySpan<char> token, FeatureSettings settings, float scale, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var padded = token.Length + 2;
        for (var start = 0; start + settings.CharMin <= padded; start++)
        {
            var hash = Seed ^ CharSalt;
            var end = Math.Min(padded, start + settings.CharMax);
            for (var p = start; p < end; p++)
            {
                var c = p == 0 ? WordStart : p == padded - 1 ? WordEnd : token[p - 1];
                hash = (hash ^ c) * Prime;
                if (p - start + 1 >= settings.CharMin)
                {
                    sink.Add(Index(hash, settings.HashBits), scale);
                }
            }
        }
    }

    private static ulong HashWord(ReadOnlySpan<char> token)
    {
        var hash = Seed;
        foreach (var c in token)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static int Index(ulong hash, int bits) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}

/// <summary>How features are hashed; stored in the model file so a model is always read with its own settings.</summary>
internal sealed record FeatureSettings(int HashBits, int CharMin, int CharMax)
{
    public static readonly FeatureSettings Default = new(18, 3, 5);
}
