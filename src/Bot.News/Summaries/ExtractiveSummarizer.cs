namespace Bot.News.Summaries;

/// <summary>
/// Picks the article's most representative sentences: content-word centrality, a lead bias, headline overlap,
/// and a similarity cutoff so no two chosen sentences say the same thing. Runs entirely on the machine.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    /// <summary>The name reported in <see cref="Summary.Method"/>.</summary>
    public const string MethodName = "extractive";

    // Weights tuned on the BBC News Summary set (summaries eval); centrality dominates, position breaks ties.
    private const double CentralityWeight = 1.0;
    private const double PositionWeight = 1.0;
    private const double TitleWeight = 1.0;
    private const double LengthExponent = 0.6;
    private const int ShortSentenceWords = 15;
    private const double RedundancyCutoff = 0.5;

    private readonly int _maxCharacters;

    public ExtractiveSummarizer(int maxCharacters = SummaryLimits.EmbedDescription)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        _maxCharacters = maxCharacters;
    }

    public Task<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(request));

    /// <summary>The synchronous core, for the CLI and benchmarks.</summary>
    public Summary Summarize(SummaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sentences = SentenceSplitter.Split(request.Text);
        if (sentences.Count == 0)
        {
            return new Summary([], MethodName);
        }

        var tokens = sentences.Select(s => TextTokens.ContentWords(s.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        var scores = Score(request.Title, sentences, tokens);
        var chosen = Choose(scores, tokens, Math.Max(1, request.Sentences));
        chosen.Sort();
        return new Summary(SummaryLimits.Fit(chosen.Select(i => sentences[i].Text).ToList(), _maxCharacters), MethodName);
    }

    private static double[] Score(string title, IReadOnlyList<Sentence> sentences, HashSet<string>[] tokens)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in TextTokens.ContentWords(sentence.Text))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var titleWords = TextTokens.ContentWords(title).ToHashSet(StringComparer.Ordinal);
        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var words = tokens[i];
            if (words.Count == 0)
            {
                scores[i] = double.NegativeInfinity;
                continue;
            }

            // Centrality: a sentence made of the article's recurring words is about what the article is about.
            var centrality = words.Sum(w => Math.Log(1 + frequency[w])) / Math.Pow(words.Count, LengthExponent);
            var position = 1.0 / Math.Sqrt(1 + i);
            var titleOverlap = titleWords.Count == 0 ? 0 : (double)words.Count(titleWords.Contains) / (titleWords.Count + 1);
            var wordCount = TextTokens.Words(sentences[i].Text).Count;
            var lengthFactor = Math.Min(1.0, (double)wordCount / ShortSentenceWords);
            scores[i] = ((CentralityWeight * centrality) + (PositionWeight * position) + (TitleWeight * titleOverlap)) * lengthFactor;
        }

        return scores;
    }

    private static List<int> Choose(double[] scores, HashSet<string>[] tokens, int count)
    {
        var order = Enumerable.Range(0, scores.Length)
            .Where(i => !double.IsNegativeInfinity(scores[i]))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i);
        var chosen = new List<int>(count);
        foreach (var candidate in order)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (chosen.TrueForAll(c => Jaccard(tokens[candidate], tokens[c]) <= RedundancyCutoff))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
