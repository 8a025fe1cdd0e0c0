namespace Bot.News.Evaluation;

/// <summary>One evaluation example: an article and its reference summary.</summary>
public sealed record SummaryExample(string Id, string Title, string Article, string Reference);
