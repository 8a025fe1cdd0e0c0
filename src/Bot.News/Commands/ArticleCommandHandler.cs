using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Feeds;
using Bot.News.Posting;
using Bot.News.Summaries;
using Microsoft.Extensions.Options;

namespace Bot.News.Commands;

/// <summary><c>/article post|seed</c> and <c>/summarize</c>.</summary>
internal sealed class ArticleCommandHandler(
    InteractionReplies replies,
    ArticleLoader loader,
    SeedArticleLoader seeds,
    ISummarizer summarizer,
    ArticlePoster poster,
    IOptions<NewsOptions> options)
{
    public Task HandleArticleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var sub = InteractionOptions.SubCommand(interaction);
        return sub?.Name switch
        {
            "post" => PostUrlAsync(interaction, sub.Options, cancellationToken),
            "seed" => PostSeedAsync(interaction, sub.Options, cancellationToken),
            _ => replies.ReplyAsync(interaction, "Use /article post or /article seed.", true, cancellationToken),
        };
    }

    public async Task HandleSummarizeAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (ParseUrl(InteractionOptions.String(interaction.Data.Options, "url")) is not { } url)
        {
            await replies.ReplyAsync(interaction, "Give a full link starting with https://, e.g. /summarize url:https://example.com/story", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await replies.DeferAsync(interaction, false, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var load = await loader.LoadAsync(url, null, cancellationToken).ConfigureAwait(false);
        if (load is not ArticleLoaded loaded)
        {
            var reason = (load as ArticleLoadFailed)?.Reason ?? "no readable article";
            await replies.EditAsync(interaction, "Could not summarize that link: " + reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        var summary = await SummarizeAsync(loaded.Article, cancellationToken).ConfigureAwait(false);
        var embed = ArticleEmbedBuilder.Build(loaded.Article, summary);
        await replies.EditAsync(interaction, new OutgoingMessage { Embeds = [embed] }, cancellationToken).ConfigureAwait(false);
    }

    private async Task PostUrlAsync(Interaction interaction, IReadOnlyList<InteractionOption> options, CancellationToken cancellationToken)
    {
        if (ParseUrl(InteractionOptions.String(options, "url")) is not { } url)
        {
            await replies.ReplyAsync(interaction, "Give a full link starting with https://, e.g. /article post url:https://example.com/story", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await replies.DeferAsync(interaction, true, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var load = await loader.LoadAsync(url, null, cancellationToken).ConfigureAwait(false);
        if (load is ArticleLoadFailed failed)
        {
            await replies.EditAsync(interaction, "Could not post that article: " + failed.Reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        var article = ((ArticleLoaded)load).Article;
        await PostAsync(interaction, article, ArticleIdentity.KeyForUrl(url), cancellationToken).ConfigureAwait(false);
    }

    private async Task PostSeedAsync(Interaction interaction, IReadOnlyList<InteractionOption> options, CancellationToken cancellationToken)
    {
        var name = InteractionOptions.String(options, "name") ?? "";
        if (seeds.Load(name) is not SeedLoaded seed)
        {
            var known = string.Join(", ", seeds.Names().Take(20));
            await replies.ReplyAsync(interaction, $"No seed called '{name}'. Seeds: {(known.Length > 0 ? known : "none")}.", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await replies.DeferAsync(interaction, true, cancellationToken).ConfigureAwait(false))
        {
            await PostAsync(interaction, seed.Article, "seed:" + seed.Name, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostAsync(Interaction interaction, NewsArticle article, string key, CancellationToken cancellationToken)
    {
        var summary = await SummarizeAsync(article, cancellationToken).ConfigureAwait(false);
        var (guild, channel) = (interaction.GuildId!.Value, interaction.ChannelId!.Value);
        var result = await poster.PostAsync(new ArticlePostRequest(article, summary, guild, channel, key), cancellationToken).ConfigureAwait(false);
        var text = result switch
        {
            ArticlePosted { ThreadId: { } thread } posted => string.Create(CultureInfo.InvariantCulture,
                $"Posted {MessageLink(guild, channel, posted.MessageId.Value)} with a discussion thread <#{thread}>."),
            ArticlePosted posted => $"Posted {MessageLink(guild, channel, posted.MessageId.Value)}, but the discussion thread could not be opened: {posted.ThreadError}",
            ArticleAlreadyPosted { MessageId: { } message } => "That article is already posted here: " + MessageLink(guild, channel, message),
            ArticleAlreadyPosted => "That article is already posted here.",
            ArticlePostFailed failed => "Could not post: " + failed.Reason,
            _ => "Could not post.",
        };
        await replies.EditAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    private Task<Summary> SummarizeAsync(NewsArticle article, CancellationToken cancellationToken) =>
        summarizer.SummarizeAsync(new SummaryRequest(article.Title, article.Text, options.Value.SummarySentences), cancellationToken);

    private static Uri? ParseUrl(string? text) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    private static string MessageLink(GuildId guild, ChannelId channel, ulong message) =>
        string.Create(CultureInfo.InvariantCulture, $"https://discord.com/channels/{guild.Value}/{channel.Value}/{message}");
}
