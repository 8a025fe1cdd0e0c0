using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Posting;
using Bot.News.Summaries;
using Bot.News.Tests.Infrastructure;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Posting;

public sealed class ArticlePosterTests : IAsyncLifetime
{
    private static readonly GuildId Guild = new(1);
    private static readonly ChannelId Channel = new(2);
    private readonly FakeDiscordRest _rest = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _services = NewsServices.Build(_database, _rest, NewsServices.Clock());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private ArticlePoster CreateSut() => _services.GetRequiredService<ArticlePoster>();

    private static ArticlePostRequest Request(string title, string key = "link:https://news.test/a") => new(
        new NewsArticle(title, new Uri("https://news.test/a"), "News Test", new DateTimeOffset(2025, 1, 24, 9, 0, 0, TimeSpan.Zero), "Body.", new Uri("https://news.test/a.jpg")),
        new Summary(["First sentence.", "Second sentence."], ExtractiveSummarizer.MethodName),
        Guild, Channel, key);

    [Fact]
    public async Task Post_NewArticle_SendsEmbedThenThreadAndRecordsBoth()
    {
        var result = Assert.IsType<ArticlePosted>(await CreateSut().PostAsync(Request("Headline"), CancellationToken.None));

        var embed = Assert.Single(Assert.Single(_rest.Sent).Message.Embeds);
        Assert.Equal("Headline", embed.Title);
        Assert.Equal("First sentence. Second sentence.", embed.Description);
        Assert.Equal("News Test", embed.AuthorName);
        Assert.Equal(new Uri("https://news.test/a.jpg"), embed.ImageUrl);
        Assert.NotNull(embed.Timestamp);
        var thread = Assert.Single(_rest.Threads);
        Assert.Equal(result.MessageId, thread.Message);
        await using var db = _database.CreateDbContext();
        var row = await db.PostedArticles.SingleAsync();
        Assert.Equal(result.MessageId.Value, row.MessageId);
        Assert.Equal(result.ThreadId!.Value.Value, row.ThreadId);
        Assert.True(await db.WatchedChannels.AnyAsync(w => w.GuildId == Guild.Value && w.ChannelId == row.ThreadId));
        Assert.True(await db.GuildSettings.AnyAsync(g => g.GuildId == Guild.Value));
    }

    [Fact]
    public async Task Post_LongHeadline_CutsTitleTo256AndThreadNameTo100()
    {
        await CreateSut().PostAsync(Request(new string('h', 400)), CancellationToken.None);

        Assert.Equal(256, Assert.Single(_rest.Sent).Message.Embeds[0].Title!.Length);
        Assert.Equal(100, Assert.Single(_rest.Threads).Name.Length);
    }

    [Fact]
    public async Task Post_SameKeyTwice_SendsOnce()
    {
        var poster = CreateSut();
        await poster.PostAsync(Request("Headline"), CancellationToken.None);

        var second = await poster.PostAsync(Request("Headline"), CancellationToken.None);

        Assert.IsType<ArticleAlreadyPosted>(second);
        Assert.Single(_rest.Sent);
    }

    [Fact]
    public async Task Post_ThreadRefused_StillRecordsThePostAndSaysWhy()
    {
        _rest.ThreadError = new DiscordError(DiscordErrorKind.Forbidden, "Missing Permissions");

        var result = Assert.IsType<ArticlePosted>(await CreateSut().PostAsync(Request("Headline"), CancellationToken.None));

        Assert.Null(result.ThreadId);
        Assert.Contains("Missing Permissions", result.ThreadError, StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.NotNull((await db.PostedArticles.SingleAsync()).MessageId);
        Assert.False(await db.WatchedChannels.AnyAsync());
    }
}
