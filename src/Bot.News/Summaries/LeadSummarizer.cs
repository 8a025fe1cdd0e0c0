namespace Bot.News.Summaries;

/// <summary>The Lead-N baseline: the article's first N sentences.</summary>
public sealed class LeadSummarizer : ISummarizer
{
    public const string MethodName = "lead";

    public Task<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(request));

    public static Summary Summarize(SummaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lead = SentenceSplitter.Split(request.Text).Take(Math.Max(1, request.Sentences)).Select(s => s.Text).ToList();
        return new Summary(SummaryLimits.Fit(lead, SummaryLimits.EmbedDescription), MethodName);
    }
}
