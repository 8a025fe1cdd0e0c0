using Bot.Discord.Abstractions;

namespace Bot.News.Commands;

/// <summary>The slash commands of the news feature.</summary>
public static class NewsCommandDefinitions
{
    public const string Feed = "feed";
    public const string Article = "article";
    public const string Summarize = "summarize";

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new CommandDefinition(Feed, "Follow RSS, Atom or RDF feeds in a channel")
        {
            DefaultMemberPermissions = DiscordPermissions.ManageGuild,
            Options =
            [
                new(CommandOptionKind.SubCommand, "add", "Post new articles from a feed into a channel")
                {
                    Options =
                    [
                        new(CommandOptionKind.String, "url", "The feed's address (https://…)", Required: true) { MaxLength = 2000 },
                        new(CommandOptionKind.Channel, "channel", "Where to post (default: this channel)")
                        {
                            ChannelKinds = [ChannelKind.GuildText, ChannelKind.GuildAnnouncement],
                        },
                    ],
                },
                new(CommandOptionKind.SubCommand, "list", "Show this server's feeds"),
                new(CommandOptionKind.SubCommand, "remove", "Stop following a feed")
                {
                    Options = [new(CommandOptionKind.Integer, "id", "The feed's number from /feed list", Required: true) { MinValue = 1 }],
                },
            ],
        },
        new CommandDefinition(Article, "Post an article with a summary and a discussion thread")
        {
            DefaultMemberPermissions = DiscordPermissions.ManageMessages,
            Options =
            [
                new(CommandOptionKind.SubCommand, "post", "Post the article at a link into this channel")
                {
                    Options = [new(CommandOptionKind.String, "url", "The article's address (https://…)", Required: true) { MaxLength = 2000 }],
                },
                new(CommandOptionKind.SubCommand, "seed", "Post one of the bot's seed articles into this channel")
                {
                    Options = [new(CommandOptionKind.String, "name", "The seed's name", Required: true) { MaxLength = 100 }],
                },
            ],
        },
        new CommandDefinition(Summarize, "Summarize the article at a link")
        {
            Options = [new(CommandOptionKind.String, "url", "The article's address (https://…)", Required: true) { MaxLength = 2000 }],
        },
    ];
}
