namespace Bot.News.Extraction;

/// <summary>An article ready to summarize and post: headline, link, source, time, body text and image.</summary>
public sealed record NewsArticle(
    string Title,
    Uri? Url,
    string Source,
    DateTimeOffset? Published,
    string Text,
    Uri? ImageUrl);
