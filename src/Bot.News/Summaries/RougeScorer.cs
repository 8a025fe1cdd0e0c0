namespace Bot.News.Summaries;

/// <summary>ROUGE F1 (Lin 2004) on lowercase word tokens: n-gram overlap for ROUGE-1/2, longest common subsequence for ROUGE-L.</summary>
public static class RougeScorer
{
    public static RougeScores Score(string candidate, string reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var c = TextTokens.Words(candidate);
        var r = TextTokens.Words(reference);
        return new RougeScores(NGramF1(c, r, 1), NGramF1(c, r, 2), LcsF1(c, r));
    }

    internal static double NGramF1(List<string> candidate, List<string> reference, int n)
    {
        var candidateGrams = Count(candidate, n);
        var referenceGrams = Count(reference, n);
        var overlap = candidateGrams.Sum(pair => Math.Min(pair.Value, referenceGrams.GetValueOrDefault(pair.Key)));
        return F1(overlap, candidate.Count - n + 1, reference.Count - n + 1);
    }

    internal static double LcsF1(List<string> candidate, List<string> reference)
    {
        if (candidate.Count == 0 || reference.Count == 0)
        {
            return 0;
        }

        // Two rows of the dynamic-programming table are enough for the length.
        var previous = new int[reference.Count + 1];
        var current = new int[reference.Count + 1];
        foreach (var word in candidate)
        {
            for (var j = 1; j <= reference.Count; j++)
            {
                current[j] = string.Equals(word, reference[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return F1(previous[reference.Count], candidate.Count, reference.Count);
    }

    private static Dictionary<string, int> Count(List<string> words, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= words.Count; i++)
        {
            var gram = n == 1 ? words[i] : string.Join(' ', words.GetRange(i, n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    private static double F1(int overlap, int candidateTotal, int referenceTotal)
    {
        if (overlap == 0 || candidateTotal <= 0 || referenceTotal <= 0)
        {
            return 0;
        }

        var precision = (double)overlap / candidateTotal;
        var recall = (double)overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
