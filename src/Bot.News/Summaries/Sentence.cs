namespace Bot.News.Summaries;

/// <summary>One sentence of an article: its text, paragraph number and position in the article.</summary>
public sealed record Sentence(string Text, int Paragraph, int Index);
