namespace Bot.News.Summaries;

/// <summary>Turns an article into a short summary.</summary>
public interface ISummarizer
{
    Task<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);
}
