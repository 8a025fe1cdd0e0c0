using Bot.Discord.Abstractions;

namespace Bot.News.Commands;

/// <summary>
/// <c>/feed</c> (Manage Server), <c>/article</c> (Manage Messages) and <c>/summarize</c>. Permissions are checked
/// here on every use; <c>default_member_permissions</c> only hides the commands.
/// </summary>
public sealed class NewsInteractionModule : IInteractionModule
{
    private readonly InteractionReplies _replies;
    private readonly FeedCommandHandler _feeds;
    private readonly ArticleCommandHandler _articles;

    internal NewsInteractionModule(InteractionReplies replies, FeedCommandHandler feeds, ArticleCommandHandler articles)
    {
        _replies = replies;
        _feeds = feeds;
        _articles = articles;
    }

    public IReadOnlyList<CommandDefinition> Commands => NewsCommandDefinitions.All;

    public IReadOnlyList<string> CustomIdPrefixes => [];

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var command = interaction.Data.CommandName;
        if (interaction.GuildId is null || interaction.ChannelId is null)
        {
            await _replies.ReplyAsync(interaction, "News commands work only in a server channel.", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var required = command switch
        {
            NewsCommandDefinitions.Feed => DiscordPermissions.ManageGuild,
            NewsCommandDefinitions.Article => DiscordPermissions.ManageMessages,
            _ => DiscordPermissions.None,
        };
        if (!HasPermission(interaction.MemberPermissions, required))
        {
            await _replies.ReplyAsync(interaction, $"You need the {Describe(required)} permission to use /{command}.", true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var task = command switch
        {
            NewsCommandDefinitions.Feed => _feeds.HandleAsync(interaction, cancellationToken),
            NewsCommandDefinitions.Article => _articles.HandleArticleAsync(interaction, cancellationToken),
            NewsCommandDefinitions.Summarize => _articles.HandleSummarizeAsync(interaction, cancellationToken),
            _ => _replies.ReplyAsync(interaction, $"Unknown command /{command}.", true, cancellationToken),
        };
        await task.ConfigureAwait(false);
    }

    private static bool HasPermission(DiscordPermissions granted, DiscordPermissions required) =>
        required == DiscordPermissions.None || granted.HasFlag(DiscordPermissions.Administrator) || granted.HasFlag(required);

    private static string Describe(DiscordPermissions permission) => permission switch
    {
        DiscordPermissions.ManageGuild => "Manage Server",
        DiscordPermissions.ManageMessages => "Manage Messages",
        _ => permission.ToString(),
    };
}
