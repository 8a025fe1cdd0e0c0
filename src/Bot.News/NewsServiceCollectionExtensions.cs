using Bot.Discord.Abstractions;
using Bot.News.Commands;
using Bot.News.Extraction;
using Bot.News.Feeds;
using Bot.News.Fetching;
using Bot.News.Posting;
using Bot.News.Summaries;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.News;

/// <summary>Registers feeds, fetching, summaries, posting and the news commands.</summary>
public static class NewsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the news feature with validated <see cref="NewsOptions"/> (<c>Bot:News</c>) and <see cref="NewsLlmOptions"/>
    /// (<c>Bot:News:Llm</c>). Needs <c>AddBotData</c>, a <see cref="TimeProvider"/> and, for posting, an <see cref="IDiscordRest"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="startPoller">Whether the feed poller runs as a hosted service.</param>
    public static IServiceCollection AddNews(this IServiceCollection services, bool startPoller)
    {
        services.AddOptions<NewsOptions>().BindConfiguration(NewsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NewsLlmOptions>().BindConfiguration(NewsLlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<UrlGuard>();
        services.AddHttpClient<NewsFetcher>(NewsFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedHttpHandler.Create(provider.GetRequiredService<UrlGuard>()));
        services.AddSingleton<ArticleLoader>();

        services.AddSingleton<ExtractiveSummarizer>(_ => new ExtractiveSummarizer());
        services.AddSingleton<ISummarizer>(CreateSummarizer);

        services.AddSingleton<SeedArticleLoader>();
        services.AddSingleton<PostingLedger>();
        services.AddSingleton<ArticlePoster>();
        services.AddSingleton<FeedPollProcessor>();
        services.AddSingleton<FeedSubscriptionService>();

        services.AddSingleton<InteractionReplies>();
        // The channel lookup comes from the gateway's guild directory when the host has one (AddModeration).
        services.AddSingleton(provider => new FeedCommandHandler(
            provider.GetRequiredService<InteractionReplies>(), provider.GetRequiredService<FeedSubscriptionService>(), provider.GetService<IChannelGuilds>()));
        services.AddSingleton<ArticleCommandHandler>();
        services.AddSingleton<IInteractionModule>(provider => new NewsInteractionModule(
            provider.GetRequiredService<InteractionReplies>(),
            provider.GetRequiredService<FeedCommandHandler>(),
            provider.GetRequiredService<ArticleCommandHandler>()));

        if (startPoller)
        {
            services.AddHostedService<FeedPoller>();
        }

        return services;
    }

    // The LLM path is used only when enabled and the host registered a chat client; otherwise nothing leaves the machine.
    private static ISummarizer CreateSummarizer(IServiceProvider provider)
    {
        var extractive = provider.GetRequiredService<ExtractiveSummarizer>();
        var llm = provider.GetRequiredService<IOptions<NewsLlmOptions>>();
        if (!llm.Value.Enabled)
        {
            return extractive;
        }

        if (provider.GetService<IChatClient>() is not { } chatClient)
        {
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NewsServiceCollectionExtensions))
                .LogWarning("Bot:News:Llm:Enabled is true but no IChatClient is registered; using the extractive summarizer");
            return extractive;
        }

        return new LlmSummarizer(chatClient, extractive, llm, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<LlmSummarizer>>());
    }
}
