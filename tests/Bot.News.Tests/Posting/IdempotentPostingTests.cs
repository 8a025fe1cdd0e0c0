using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Feeds;
using Bot.News.Posting;
using Bot.News.Summaries;
using Bot.News.Tests.Feeds;
using Bot.News.Tests.Infrastructure;
using Bot.Sandbox;
using Bot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Posting;

/// <summary>
/// A process that dies part-way through posting, then restarts on the same SQLite file against the same sandbox:
/// the article ends up posted exactly once, with its thread. Each crash is reproduced by running the real steps up
/// to the crash point in one service provider, dropping it, and carrying on in a new one.
/// </summary>
public sealed class IdempotentPostingTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private TestDatabase _database = null!;
    private ulong _guild;
    private ulong _channel;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { StrictOpenApi = true });
        _database = await TestDatabase.CreateAsync();
        var owner = _sandbox.CreateUser("owner");
        _guild = _sandbox.CreateGuild("News", owner.Id).Id;
        _channel = _sandbox.CreateTextChannel(_guild, "world-news").Id;
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    private ArticlePostRequest Request(string title, string key) => new(
        new NewsArticle(title, new Uri("https://news.test/" + key), "News Test", null, "Body.", null),
        new Summary([title + " happened today."], ExtractiveSummarizer.MethodName),
        new GuildId(_guild), new ChannelId(_channel), key);

    /// <summary>
    /// The first life of the bot: claims the article and sends its embed, then dies before recording it (or, with
    /// <paramref name="recordMessage"/>, after recording it; with <paramref name="openThread"/> also after opening the thread).
    /// </summary>
    private async Task<ulong> CrashAfterSendingAsync(ArticlePostRequest request, ServiceProvider? alreadyRunning = null, bool recordMessage = false, bool openThread = false)
    {
        var services = alreadyRunning ?? SandboxNewsServices.Build(_sandbox, _database);
        try
        {
            var ledger = services.GetRequiredService<PostingLedger>();
            var claim = await ledger.ClaimAsync(request, CancellationToken.None);
            var message = new OutgoingMessage { Embeds = [ArticleEmbedBuilder.Build(request.Article, request.Summary)] };
            var sent = await services.GetRequiredService<IDiscordRest>().SendMessageAsync(request.Channel, message, CancellationToken.None);
            Assert.True(sent.IsSuccess, sent.Error?.Message);
            if (recordMessage)
            {
                await ledger.RecordMessageAsync(claim, sent.Value!.Id, CancellationToken.None);
            }

            if (openThread)
            {
                var thread = await services.GetRequiredService<IDiscordRest>().CreateThreadFromMessageAsync(request.Channel, sent.Value!.Id, "thread", CancellationToken.None);
                Assert.True(thread.IsSuccess, thread.Error?.Message);
            }

            return sent.Value!.Id.Value;
        }
        finally
        {
            if (alreadyRunning is null)
            {
                await services.DisposeAsync();
            }
        }
    }

    private async Task AssertPostedOnceWithThreadAsync(ulong messageId, string key)
    {
        var message = Assert.Single(_sandbox.GetMessages(_channel), m => m.Embeds.Count > 0 && m.Id == messageId);
        var thread = Assert.Single(_sandbox.GetThreads(_channel), t => t.Id == message.ThreadId);
        await using var db = _database.CreateDbContext();
        var row = await db.PostedArticles.SingleAsync(p => p.ArticleKey == key);
        Assert.Equal(messageId, row.MessageId);
        Assert.Equal(thread.Id, row.ThreadId);
        Assert.NotNull(row.PostedAt);
        Assert.True(await db.WatchedChannels.AnyAsync(w => w.ChannelId == thread.Id));
        Assert.Empty(_sandbox.SchemaViolations);
    }

    [Fact]
    public async Task Restart_AfterEmbedSentButNotRecorded_AdoptsItAndOpensTheThreadWithoutReposting()
    {
        await using (var firstLife = SandboxNewsServices.Build(_sandbox, _database))
        {
            // An earlier, finished post shows the restarted bot which author its own embeds have.
            Assert.IsType<ArticlePosted>(await firstLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Earlier story", "earlier"), CancellationToken.None));
            await CrashAfterSendingAsync(Request("Breaking story", "breaking"), firstLife);
        }

        var sentBeforeCrash = _sandbox.GetMessages(_channel).Single(m => (string?)m.Embeds[0]!["title"] == "Breaking story").Id;

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database);
        var result = Assert.IsType<ArticlePosted>(await secondLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Breaking story", "breaking"), CancellationToken.None));

        Assert.Equal(sentBeforeCrash, result.MessageId.Value);
        Assert.Equal(2, _sandbox.GetMessages(_channel).Count);
        await AssertPostedOnceWithThreadAsync(sentBeforeCrash, "breaking");
        Assert.IsType<ArticleAlreadyPosted>(await secondLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Breaking story", "breaking"), CancellationToken.None));
    }

    [Fact]
    public async Task Restart_AfterMessageRecordedButBeforeThread_OnlyOpensTheThread()
    {
        var sent = await CrashAfterSendingAsync(Request("Breaking story", "breaking"), recordMessage: true);
        Assert.Empty(_sandbox.GetThreads(_channel));

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database);
        var result = Assert.IsType<ArticlePosted>(await secondLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Breaking story", "breaking"), CancellationToken.None));

        Assert.Equal(sent, result.MessageId.Value);
        Assert.Single(_sandbox.GetMessages(_channel));
        await AssertPostedOnceWithThreadAsync(sent, "breaking");
    }

    [Fact]
    public async Task Restart_AfterThreadOpenedButNotRecorded_AdoptsTheExistingThread()
    {
        var sent = await CrashAfterSendingAsync(Request("Breaking story", "breaking"), recordMessage: true, openThread: true);

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database);
        var result = Assert.IsType<ArticlePosted>(await secondLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Breaking story", "breaking"), CancellationToken.None));

        // Discord refused a second thread (160004); the existing one has the message's id.
        Assert.Equal((sent, sent), (result.MessageId.Value, result.ThreadId?.Value));
        Assert.Null(result.ThreadError);
        Assert.Single(_sandbox.GetThreads(_channel));
        await AssertPostedOnceWithThreadAsync(sent, "breaking");
    }

    [Fact]
    public async Task Restart_AfterEmbedSentThenABusyChannel_PagesBackToTheClaimAndAdoptsIt()
    {
        var sent = await CrashAfterSendingAsync(Request("Breaking story", "breaking"));
        var reader = _sandbox.CreateUser("reader").Id;
        _sandbox.AddMember(_guild, reader, []);
        for (var i = 0; i < 250; i++)
        {
            await _sandbox.PostMessageAsync(_channel, reader, "comment " + i);
        }

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database);
        var result = Assert.IsType<ArticlePosted>(await secondLife.GetRequiredService<ArticlePoster>().PostAsync(Request("Breaking story", "breaking"), CancellationToken.None));

        Assert.Equal(sent, result.MessageId.Value);
        Assert.Single(_sandbox.GetMessages(_channel), m => m.Embeds.Count > 0);
        await AssertPostedOnceWithThreadAsync(sent, "breaking");
    }

    /// <summary>
    /// Subscribes the channel to a feed of one story (the first poll primes it), then a second story, id-2, is claimed
    /// and sent by a bot that dies before recording it. <paramref name="feedAtCrash"/> is the feed as the crash leaves it.
    /// </summary>
    private async Task<(long FeedId, Dictionary<string, string?> Settings)> SubscribeThenCrashMidPostAsync(
        TestWebServer server, List<(string Guid, string Title, string Link, string Date)> feed, Action feedAtCrash)
    {
        server.Map("/feed.xml", context => context.Response.WriteAsync(FeedSamples.Rss([.. feed])));
        var settings = NewsServices.AllowServer(server);
        await using var firstLife = SandboxNewsServices.Build(_sandbox, _database, settings);
        var added = await firstLife.GetRequiredService<FeedSubscriptionService>().AddAsync(_guild, _channel, server.Url("/feed.xml").AbsoluteUri, 1, CancellationToken.None);
        var feedId = Assert.IsType<FeedAdded>(added).Feed.Id;
        feedAtCrash();
        await CrashAfterSendingAsync(Request("Story number 2", "guid:id-2") with { FeedId = feedId }, firstLife);
        return (feedId, settings);
    }

    private static (string Guid, string Title, string Link, string Date) Entry(TestWebServer server, int number, DateTimeOffset published) =>
        ("id-" + number, "Story number " + number, server.Url("/story/" + number).AbsoluteUri, published.ToString("R"));

    [Fact]
    public async Task FeedPoll_AfterCrashMidPost_FinishesTheInterruptedClaimInsteadOfSkippingOrRepostingIt()
    {
        await using var server = await TestWebServer.StartAsync();
        var now = TimeProvider.System.GetUtcNow();
        var items = new List<(string Guid, string Title, string Link, string Date)> { Entry(server, 1, now.AddHours(-2)) };
        var (feedId, settings) = await SubscribeThenCrashMidPostAsync(server, items, () => items.Insert(0, Entry(server, 2, now.AddHours(-1))));
        var sentBeforeCrash = Assert.Single(_sandbox.GetMessages(_channel)).Id;

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database, settings);
        var processor = secondLife.GetRequiredService<FeedPollProcessor>();
        var outcome = await processor.PollAsync(feedId, CancellationToken.None);
        var again = await processor.PollAsync(feedId, CancellationToken.None);

        Assert.Equal(1, outcome!.Posted);
        Assert.Equal(0, again!.Posted);
        Assert.Single(_sandbox.GetMessages(_channel));
        await AssertPostedOnceWithThreadAsync(sentBeforeCrash, "guid:id-2");
    }

    [Fact]
    public async Task FeedPoll_AfterCrashMidPost_FinishesTheClaimEvenWhenTheEntryHasLeftTheFeed()
    {
        await using var server = await TestWebServer.StartAsync();
        var now = TimeProvider.System.GetUtcNow();
        var items = new List<(string Guid, string Title, string Link, string Date)> { Entry(server, 1, now.AddHours(-2)) };
        // The feed moved on while the bot was down: the interrupted entry is gone from it, a newer one is there.
        var (feedId, settings) = await SubscribeThenCrashMidPostAsync(server, items, () => items[0] = Entry(server, 3, now.AddMinutes(-5)));
        var sentBeforeCrash = Assert.Single(_sandbox.GetMessages(_channel)).Id;

        await using var secondLife = SandboxNewsServices.Build(_sandbox, _database, settings);
        var outcome = await secondLife.GetRequiredService<FeedPollProcessor>().PollAsync(feedId, CancellationToken.None);

        Assert.Equal(2, outcome!.Posted);
        Assert.Equal(2, _sandbox.GetMessages(_channel).Count(m => m.Embeds.Count > 0));
        await AssertPostedOnceWithThreadAsync(sentBeforeCrash, "guid:id-2");
    }
}
