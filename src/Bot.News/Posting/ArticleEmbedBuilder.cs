using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Summaries;

namespace Bot.News.Posting;

/// <summary>Builds the article embed within Discord's limits (docs: resources/message#embed-object-embed-limits).</summary>
public static class ArticleEmbedBuilder
{
    public const int MaxTitle = 256;
    public const int MaxAuthor = 256;
    public const int MaxThreadName = 100;

    /// <summary>Blurple-ish news colour, so article posts stand apart from mod-log embeds.</summary>
    public const int NewsColor = 0x2B6CB0;

    public static Embed Build(NewsArticle article, Summary summary)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(summary);
        return new Embed
        {
            Title = SummaryLimits.Truncate(TitleOf(article), MaxTitle),
            Url = article.Url,
            AuthorName = SummaryLimits.Truncate(article.Source, MaxAuthor),
            Timestamp = article.Published,
            Description = SummaryLimits.Truncate(summary.Text.Length > 0 ? summary.Text : "(no summary available)", SummaryLimits.EmbedDescription),
            ImageUrl = article.ImageUrl,
            Color = NewsColor,
            FooterText = summary.Method == ExtractiveSummarizer.MethodName ? "Summary: key sentences from the article" : "Summary: generated",
        };
    }

    /// <summary>The discussion thread's name: the headline, cut to Discord's 100 characters.</summary>
    public static string ThreadName(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return SummaryLimits.Truncate(TitleOf(article), MaxThreadName);
    }

    private static string TitleOf(NewsArticle article) =>
        string.IsNullOrWhiteSpace(article.Title) ? "Untitled article" : article.Title.Trim();
}
