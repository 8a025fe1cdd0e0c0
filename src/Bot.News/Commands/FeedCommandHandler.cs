using System.Globalization;
using System.Text;
using Bot.Discord.Abstractions;
using Bot.News.Feeds;

namespace Bot.News.Commands;

/// <summary>
/// <c>/feed add|list|remove</c>. A channel named in <c>/feed add</c> must be one the gateway reported in the guild the
/// command came from; without a gateway (<paramref name="channels"/> null) only the command's own channel is accepted.
/// </summary>
internal sealed class FeedCommandHandler(InteractionReplies replies, FeedSubscriptionService subscriptions, IChannelGuilds? channels)
{
    public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var sub = InteractionOptions.SubCommand(interaction);
        return sub?.Name switch
        {
            "add" => AddAsync(interaction, sub.Options, cancellationToken),
            "list" => ListAsync(interaction, cancellationToken),
            "remove" => RemoveAsync(interaction, sub.Options, cancellationToken),
            _ => replies.ReplyAsync(interaction, "Use /feed add, /feed list or /feed remove.", true, cancellationToken),
        };
    }

    private async Task AddAsync(Interaction interaction, IReadOnlyList<InteractionOption> options, CancellationToken cancellationToken)
    {
        if (InteractionOptions.String(options, "url") is not { } url)
        {
            await replies.ReplyAsync(interaction, "Give the feed's address: /feed add url:https://example.com/rss", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var channel = InteractionOptions.Snowflake(options, "channel") ?? interaction.ChannelId!.Value.Value;
        if (!channels.IsInInteractionGuild(interaction, new ChannelId(channel)))
        {
            await replies.ReplyAsync(interaction, $"<#{channel}> is not a channel of this server. Pick one of this server's text channels.", true, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        // Adding fetches the feed, which may take longer than Discord's 3 seconds.
        if (!await replies.DeferAsync(interaction, true, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var result = await subscriptions.AddAsync(interaction.GuildId!.Value.Value, channel, url, interaction.User.Id.Value, cancellationToken).ConfigureAwait(false);
        var text = result switch
        {
            FeedAdded added => string.Create(CultureInfo.InvariantCulture,
                $"Feed #{added.Feed.Id} ({added.Feed.Title ?? added.Feed.Url}) now posts into <#{channel}>. The {added.Recorded} entries already in it will not be posted; new ones will."),
            FeedAddFailed failed => "Could not add the feed: " + failed.Reason,
            _ => "Could not add the feed.",
        };
        await replies.EditAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task ListAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var feeds = await subscriptions.ListAsync(interaction.GuildId!.Value.Value, cancellationToken).ConfigureAwait(false);
        if (feeds.Count == 0)
        {
            await replies.ReplyAsync(interaction, "This server follows no feeds. Add one with /feed add.", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = new StringBuilder();
        foreach (var feed in feeds)
        {
            var state = feed.Disabled ? $" — disabled: {feed.LastError}" : feed.ConsecutiveFailures > 0 ? $" — failing ({feed.ConsecutiveFailures}): {feed.LastError}" : "";
            text.Append(CultureInfo.InvariantCulture, $"#{feed.Id} <#{feed.ChannelId}> {feed.Title ?? ""} <{feed.Url}>{state}\n");
        }

        await replies.ReplyAsync(interaction, text.ToString(), true, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveAsync(Interaction interaction, IReadOnlyList<InteractionOption> options, CancellationToken cancellationToken)
    {
        if (InteractionOptions.Integer(options, "id") is not { } id || id < 1)
        {
            await replies.ReplyAsync(interaction, "Give the feed's number from /feed list, e.g. /feed remove id:3.", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var removed = await subscriptions.RemoveAsync(interaction.GuildId!.Value.Value, id, cancellationToken).ConfigureAwait(false);
        var text = removed
            ? string.Create(CultureInfo.InvariantCulture, $"Feed #{id} removed.")
            : string.Create(CultureInfo.InvariantCulture, $"This server has no feed #{id}; see /feed list.");
        await replies.ReplyAsync(interaction, text, true, cancellationToken).ConfigureAwait(false);
    }
}
