using Bot.News.Summaries;

namespace Bot.News.Evaluation;

/// <summary>
/// Average ROUGE F1 of our summarizer beside two Lead baselines: Lead-N (the same sentence count) and Lead cut to the
/// same number of words as our summary of each article (the same length, since ROUGE F1 rewards longer text here).
/// </summary>
public sealed record SummaryEvaluation(
    int Examples, int Sentences, RougeScores Ours, RougeScores Lead, RougeScores LeadSameWords, double OursWords, double LeadWords)
{
    /// <summary>Scores every example with <paramref name="summarizer"/>, with Lead-N, and with Lead at our word count.</summary>
    public static SummaryEvaluation Run(IReadOnlyList<SummaryExample> examples, ExtractiveSummarizer summarizer, int sentences)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(summarizer);
        RougeScores ours = default, lead = default, leadSameWords = default;
        long oursWords = 0, leadWords = 0;
        foreach (var example in examples)
        {
            var request = new SummaryRequest(example.Title, example.Article, sentences);
            var oursText = summarizer.Summarize(request).Text;
            var leadText = LeadSummarizer.Summarize(request).Text;
            var oursCount = TextTokens.Words(oursText).Count;
            ours += RougeScorer.Score(oursText, example.Reference);
            lead += RougeScorer.Score(leadText, example.Reference);
            leadSameWords += RougeScorer.Score(FirstWords(example.Article, oursCount), example.Reference);
            oursWords += oursCount;
            leadWords += TextTokens.Words(leadText).Count;
        }

        var n = examples.Count;
        return new SummaryEvaluation(
            n, sentences, ours.DivideBy(n), lead.DivideBy(n), leadSameWords.DivideBy(n),
            n == 0 ? 0 : (double)oursWords / n, n == 0 ? 0 : (double)leadWords / n);
    }

    // ROUGE compares lowercase word tokens, so the article's first tokens score exactly as its text cut there would.
    private static string FirstWords(string article, int count) => string.Join(' ', TextTokens.Words(article).Take(count));
}
