namespace Bot.News.Summaries;

/// <summary>What to summarize: the headline (may be empty), the body, and how many sentences to keep.</summary>
public sealed record SummaryRequest(string Title, string Text, int Sentences);
