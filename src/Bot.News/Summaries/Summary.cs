namespace Bot.News.Summaries;

/// <summary>A summary: its sentences in article order, and which method produced it.</summary>
public sealed record Summary(IReadOnlyList<string> Sentences, string Method)
{
    /// <summary>The sentences joined by spaces.</summary>
    public string Text => string.Join(' ', Sentences);
}
