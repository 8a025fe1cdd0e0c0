using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Summaries;

namespace Bot.News.Posting;

/// <summary>An article with its summary, where to post it, and the key that identifies it there.</summary>
public sealed record ArticlePostRequest(NewsArticle Article, Summary Summary, GuildId Guild, ChannelId Channel, string ArticleKey, long? FeedId = null);
