using Bot.News.Summaries;

namespace Bot.News.Evaluation;

/// <summary>Average ROUGE F1 of our summarizer and the Lead-N baseline at the same sentence count.</summary>
public sealed record SummaryEvaluation(int Examples, int Sentences, RougeScores Ours, RougeScores Lead, double OursWords, double LeadWords)
{
    /// <summary>Scores every example with <paramref name="summarizer"/> and with Lead-N.</summary>
    public static SummaryEvaluation Run(IReadOnlyList<SummaryExample> examples, ExtractiveSummarizer summarizer, int sentences)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(summarizer);
        RougeScores ours = default, lead = default;
        long oursWords = 0, leadWords = 0;
        foreach (var example in examples)
        {
            var request = new SummaryRequest(example.Title, example.Article, sentences);
            var oursText = summarizer.Summarize(request).Text;
            var leadText = LeadSummarizer.Summarize(request).Text;
            ours += RougeScorer.Score(oursText, example.Reference);
            lead += RougeScorer.Score(leadText, example.Reference);
            oursWords += TextTokens.Words(oursText).Count;
            leadWords += TextTokens.Words(leadText).Count;
        }

        var n = examples.Count;
        return new SummaryEvaluation(
            n, sentences, ours.DivideBy(n), lead.DivideBy(n),
            n == 0 ? 0 : (double)oursWords / n, n == 0 ? 0 : (double)leadWords / n);
    }
}
