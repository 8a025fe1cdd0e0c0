using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;
using Bot.News.Tests.Extraction;
using Bot.News.Tests.Feeds;
using Bot.News.Tests.Infrastructure;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.News.Tests.Commands;

public sealed class NewsInteractionModuleTests : IAsyncLifetime
{
    private const ulong Guild = 7;
    private const ulong Channel = 8;
    private const ulong OtherChannel = 9;
    private const ulong ForeignChannel = 99;
    private readonly FakeDiscordRest _rest = new();
    private readonly GuildDirectory _directory = new();
    private TestWebServer _server = null!;
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _database = await TestDatabase.CreateAsync();
        var settings = NewsServices.AllowServer(_server);
        settings["Bot:News:SeedsPath"] = Path.Combine(RepositoryPaths.Root(), "seeds");
        // What the gateway reported: two channels of this guild and one of another guild the bot is also in.
        _directory.Apply(new ChannelInfo(new ChannelId(Channel), new GuildId(Guild), "news", ChannelKind.GuildText, null, 0));
        _directory.Apply(new ChannelInfo(new ChannelId(OtherChannel), new GuildId(Guild), "world", ChannelKind.GuildText, null, 0));
        _directory.Apply(new ChannelInfo(new ChannelId(ForeignChannel), new GuildId(70), "elsewhere", ChannelKind.GuildText, null, 0));
        _services = NewsServices.Build(_database, _rest, NewsServices.Clock(), settings, _directory);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IInteractionModule Module => _services.GetRequiredService<IInteractionModule>();

    private static Interaction Slash(string command, DiscordPermissions permissions, params InteractionOption[] options) => new(
        new InteractionId(1), new ApplicationId(2), InteractionKind.ApplicationCommand, "token",
        new GuildId(Guild), new ChannelId(Channel), new DiscordUser(new UserId(3), "admin", null, false), null, permissions,
        new InteractionData { CommandName = command, CommandKind = CommandKind.ChatInput, Options = options });

    private static InteractionOption Sub(string name, params InteractionOption[] options) => new(name, CommandOptionKind.SubCommand, null, options);

    private static InteractionOption Text(string name, string value) => new(name, CommandOptionKind.String, value, []);

    [Fact]
    public void Commands_DeclareDefaultPermissions()
    {
        var byName = Module.Commands.ToDictionary(c => c.Name);

        Assert.Equal(DiscordPermissions.ManageGuild, byName["feed"].DefaultMemberPermissions);
        Assert.Equal(DiscordPermissions.ManageMessages, byName["article"].DefaultMemberPermissions);
        Assert.Null(byName["summarize"].DefaultMemberPermissions);
    }

    [Fact]
    public async Task FeedAdd_WithoutManageServer_IsRefusedAndStoresNothing()
    {
        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageMessages, Sub("add", Text("url", _server.Url("/feed.xml").AbsoluteUri))), CancellationToken.None);

        var reply = Assert.Single(_rest.Responses);
        Assert.Contains("Manage Server", reply.Message!.Content, StringComparison.Ordinal);
        Assert.True(reply.Message.Ephemeral);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Feeds.AnyAsync());
        Assert.Equal(0, _server.Hits("/feed.xml"));
    }

    [Fact]
    public async Task FeedAddListRemove_WithManageServer_Works()
    {
        _server.MapText("/feed.xml", "application/rss+xml", FeedSamples.Rss(("g1", "One", "https://example.com/1", "")));

        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("add", Text("url", _server.Url("/feed.xml").AbsoluteUri))), CancellationToken.None);
        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("list")), CancellationToken.None);
        await Module.HandleAsync(Slash("feed", DiscordPermissions.Administrator, Sub("remove", new InteractionOption("id", CommandOptionKind.Integer, "1", []))), CancellationToken.None);

        var responses = _rest.Responses.ToList();
        Assert.Equal(InteractionResponseKind.DeferredChannelMessage, responses[0].Kind);
        Assert.Contains("Feed #1", Assert.Single(_rest.Edits).Content, StringComparison.Ordinal);
        Assert.Contains(_server.Url("/feed.xml").AbsoluteUri, responses[1].Message!.Content, StringComparison.Ordinal);
        Assert.Equal("Feed #1 removed.", responses[2].Message!.Content);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Feeds.AnyAsync());
    }

    [Theory]
    [InlineData(ForeignChannel)]
    [InlineData(12345UL)] // never reported by the gateway
    public async Task FeedAdd_ChannelNotInThisServer_IsRefusedClearlyAndFetchesNothing(ulong channel)
    {
        _server.MapText("/feed.xml", "application/rss+xml", FeedSamples.Rss(("g1", "One", "https://example.com/1", "")));

        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("add",
            Text("url", _server.Url("/feed.xml").AbsoluteUri), new InteractionOption("channel", CommandOptionKind.Channel, channel.ToString(System.Globalization.CultureInfo.InvariantCulture), []))), CancellationToken.None);

        var reply = Assert.Single(_rest.Responses);
        Assert.Contains("is not a channel of this server", reply.Message!.Content, StringComparison.Ordinal);
        Assert.True(reply.Message.Ephemeral);
        Assert.Equal(0, _server.Hits("/feed.xml"));
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Feeds.AnyAsync());
    }

    [Fact]
    public async Task FeedAdd_AnotherChannelOfThisServer_SubscribesThatChannel()
    {
        _server.MapText("/feed.xml", "application/rss+xml", FeedSamples.Rss(("g1", "One", "https://example.com/1", "")));

        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("add",
            Text("url", _server.Url("/feed.xml").AbsoluteUri), new InteractionOption("channel", CommandOptionKind.Channel, OtherChannel.ToString(System.Globalization.CultureInfo.InvariantCulture), []))), CancellationToken.None);

        await using var db = _database.CreateDbContext();
        var feed = await db.Feeds.SingleAsync();
        Assert.Equal(OtherChannel, feed.ChannelId);
        Assert.Contains($"<#{OtherChannel}>", Assert.Single(_rest.Edits).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedRemove_UnknownId_SaysSo()
    {
        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("remove", new InteractionOption("id", CommandOptionKind.Integer, "99", []))), CancellationToken.None);

        Assert.Contains("no feed #99", Assert.Single(_rest.Responses).Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedAdd_NotALink_RepliesWithClearError()
    {
        await Module.HandleAsync(Slash("feed", DiscordPermissions.ManageGuild, Sub("add", Text("url", "not a url"))), CancellationToken.None);

        Assert.Contains("not a link", Assert.Single(_rest.Edits).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleSeed_WithManageMessages_PostsEmbedAndThread()
    {
        await Module.HandleAsync(Slash("article", DiscordPermissions.ManageMessages, Sub("seed", Text("name", "000_6df902893a7ce05b"))), CancellationToken.None);

        var embed = Assert.Single(Assert.Single(_rest.Sent).Message.Embeds);
        Assert.StartsWith("North Korea", embed.Title, StringComparison.Ordinal);
        Assert.Single(_rest.Threads);
        Assert.Contains("discussion thread", Assert.Single(_rest.Edits).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleSeed_UnknownName_ListsSeeds()
    {
        await Module.HandleAsync(Slash("article", DiscordPermissions.ManageMessages, Sub("seed", Text("name", "nope"))), CancellationToken.None);

        Assert.Contains("000_6df902893a7ce05b", Assert.Single(_rest.Responses).Message!.Content, StringComparison.Ordinal);
        Assert.Empty(_rest.Sent);
    }

    [Fact]
    public async Task ArticlePost_WithoutManageMessages_IsRefused()
    {
        await Module.HandleAsync(Slash("article", DiscordPermissions.None, Sub("post", Text("url", "https://example.com/x"))), CancellationToken.None);

        Assert.Contains("Manage Messages", Assert.Single(_rest.Responses).Message!.Content, StringComparison.Ordinal);
        Assert.Empty(_rest.Sent);
    }

    [Fact]
    public async Task ArticlePost_ServedPage_DefersThenPosts()
    {
        _server.MapText("/story", "text/html", ArticleLoaderTests.ArticleHtml);

        await Module.HandleAsync(Slash("article", DiscordPermissions.ManageMessages, Sub("post", Text("url", _server.Url("/story").AbsoluteUri))), CancellationToken.None);

        Assert.Equal(InteractionResponseKind.DeferredChannelMessage, Assert.Single(_rest.Responses).Kind);
        Assert.Equal("Council approves bus budget", Assert.Single(_rest.Sent).Message.Embeds[0].Title);
    }

    [Fact]
    public async Task Summarize_ServedPage_EditsDeferredReplyWithSummaryEmbed()
    {
        _server.MapText("/story", "text/html", ArticleLoaderTests.ArticleHtml);

        await Module.HandleAsync(Slash("summarize", DiscordPermissions.None, Text("url", _server.Url("/story").AbsoluteUri)), CancellationToken.None);

        Assert.Equal(InteractionResponseKind.DeferredChannelMessage, Assert.Single(_rest.Responses).Kind);
        var embed = Assert.Single(Assert.Single(_rest.Edits).Embeds);
        Assert.Contains("electric buses", embed.Description, StringComparison.Ordinal);
        Assert.Empty(_rest.Sent);
        Assert.Empty(_rest.Threads);
    }

    [Fact]
    public async Task Summarize_PrivateAddress_ExplainsRefusal()
    {
        await Module.HandleAsync(Slash("summarize", DiscordPermissions.None, Text("url", "http://192.168.1.1/router")), CancellationToken.None);

        Assert.Contains("private", Assert.Single(_rest.Edits).Content, StringComparison.Ordinal);
    }
}
