using Bot.Data.Entities;
using Bot.News.Feeds;
using Bot.News.Tests.Infrastructure;
using Bot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.News.Tests.Feeds;

public sealed class FeedPollingTests : IAsyncLifetime
{
    private const ulong Guild = 10;
    private const ulong Channel = 20;

    private readonly FakeTimeProvider _clock = NewsServices.Clock();
    private readonly List<(string Guid, string Title, string Link, string Date)> _items = [];
    private TestWebServer _server = null!;
    private TestDatabase _database = null!;
    private string? _etag;
    private string? _lastModified;
    private int _status = 200;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _database = await TestDatabase.CreateAsync();
        _server.Map("/feed.xml", ServeFeedAsync);
        AddItem(1);
        AddItem(2);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    private void AddItem(int n) =>
        _items.Insert(0, ($"id-{n}", $"Story number {n}", _server.Url($"/story/{n}").AbsoluteUri, _clock.GetUtcNow().AddMinutes(n).ToString("R")));

    private async Task ServeFeedAsync(HttpContext context)
    {
        if (_status != 200)
        {
            context.Response.StatusCode = _status;
            return;
        }

        if (_etag is not null)
        {
            if (context.Request.Headers.IfNoneMatch == _etag)
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = _etag;
        }

        if (_lastModified is not null)
        {
            if (context.Request.Headers.IfModifiedSince == _lastModified)
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.LastModified = _lastModified;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(FeedSamples.Rss([.. _items]));
    }

    private ServiceProvider CreateServices(FakeDiscordRest rest, Dictionary<string, string?>? extra = null)
    {
        var settings = NewsServices.AllowServer(_server);
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return NewsServices.Build(_database, rest, _clock, settings);
    }

    private static async Task<FeedSubscription> AddFeedAsync(ServiceProvider services, Uri url)
    {
        var result = await services.GetRequiredService<FeedSubscriptionService>().AddAsync(Guild, Channel, url.AbsoluteUri, 1, CancellationToken.None);
        return Assert.IsType<FeedAdded>(result).Feed;
    }

    [Fact]
    public async Task Add_FirstPoll_RecordsEntriesAndPostsNothing()
    {
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);

        var feed = await AddFeedAsync(services, _server.Url("/feed.xml"));

        Assert.True(feed.Primed);
        Assert.Equal("Test News", feed.Title);
        Assert.Empty(rest.Sent);
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.PostedArticles.CountAsync(p => p.MessageId == null));
    }

    [Fact]
    public async Task Poll_NewEntry_PostsEmbedOpensThreadAndWatchesIt()
    {
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        await AddFeedAsync(services, _server.Url("/feed.xml"));
        AddItem(3);
        _clock.Advance(TimeSpan.FromMinutes(15));

        var outcomes = await services.GetRequiredService<FeedPollProcessor>().PollDueAsync(CancellationToken.None);

        Assert.Equal(1, Assert.Single(outcomes).Posted);
        var (channel, message) = Assert.Single(rest.Sent);
        Assert.Equal(Channel, channel.Value);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Story number 3", embed.Title);
        Assert.Equal(_server.Url("/story/3"), embed.Url);
        Assert.Equal("Story number 3", Assert.Single(rest.Threads).Name);
        await using var db = _database.CreateDbContext();
        var posted = await db.PostedArticles.SingleAsync(p => p.ArticleKey == "guid:id-3");
        Assert.NotNull(posted.ThreadId);
        Assert.True(await db.WatchedChannels.AnyAsync(w => w.ChannelId == posted.ThreadId));
    }

    [Fact]
    public async Task Poll_AfterRestartOnSameDatabase_NeverReposts()
    {
        var firstRest = new FakeDiscordRest();
        await using (var first = CreateServices(firstRest))
        {
            await AddFeedAsync(first, _server.Url("/feed.xml"));
            AddItem(3);
            _clock.Advance(TimeSpan.FromMinutes(15));
            await first.GetRequiredService<FeedPollProcessor>().PollDueAsync(CancellationToken.None);
        }

        var secondRest = new FakeDiscordRest();
        await using var second = CreateServices(secondRest);
        _clock.Advance(TimeSpan.FromMinutes(15));
        var outcomes = await second.GetRequiredService<FeedPollProcessor>().PollDueAsync(CancellationToken.None);

        Assert.Single(firstRest.Sent);
        Assert.Equal(0, Assert.Single(outcomes).Posted);
        Assert.Empty(secondRest.Sent);
        Assert.Equal(3, _server.Hits("/feed.xml"));
    }

    [Fact]
    public async Task Poll_ServerAnswers304_SendsValidatorsAndPostsNothing()
    {
        _etag = "\"rev-1\"";
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        var feed = await AddFeedAsync(services, _server.Url("/feed.xml"));

        var outcome = await services.GetRequiredService<FeedPollProcessor>().PollAsync(feed.Id, CancellationToken.None);

        Assert.True(outcome!.NotModified);
        Assert.Equal("\"rev-1\"", _server.Requests.Last().IfNoneMatch);
        Assert.Empty(rest.Sent);
    }

    [Fact]
    public async Task Poll_ServerAnswers304ToLastModified_SendsItBackAndPostsNothing()
    {
        _lastModified = "Fri, 24 Jan 2025 08:00:00 GMT";
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        var feed = await AddFeedAsync(services, _server.Url("/feed.xml"));

        var outcome = await services.GetRequiredService<FeedPollProcessor>().PollAsync(feed.Id, CancellationToken.None);

        Assert.True(outcome!.NotModified);
        Assert.Equal(_lastModified, _server.Requests.Last().IfModifiedSince);
        Assert.Empty(rest.Sent);
    }

    [Fact]
    public async Task PollDue_EachFeedOnItsOwnSchedule_PollsOnlyTheDueOne()
    {
        _server.Map("/other.xml", ServeFeedAsync);
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        var early = await AddFeedAsync(services, _server.Url("/feed.xml"));
        _clock.Advance(TimeSpan.FromMinutes(10));
        await AddFeedAsync(services, _server.Url("/other.xml"));
        _clock.Advance(TimeSpan.FromMinutes(5));

        var outcomes = await services.GetRequiredService<FeedPollProcessor>().PollDueAsync(CancellationToken.None);

        Assert.Equal(early.Id, Assert.Single(outcomes).FeedId);
        Assert.Equal((2, 1), (_server.Hits("/feed.xml"), _server.Hits("/other.xml")));
    }

    [Fact]
    public async Task Poll_FeedTurnsMalformed_CountsAsFailureAndBacksOff()
    {
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        var feed = await AddFeedAsync(services, _server.Url("/feed.xml"));
        _server.MapText("/feed.xml", "application/rss+xml", "<rss><channel><item></channel>");

        var outcome = await services.GetRequiredService<FeedPollProcessor>().PollAsync(feed.Id, CancellationToken.None);

        Assert.Contains("not well-formed", outcome!.Error, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(30), await NextPollDelayAsync(feed.Id));
        Assert.Empty(rest.Sent);
    }

    [Fact]
    public async Task Poller_RunningOnTheClock_PollsTheFeedWhenItsTickComes()
    {
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest);
        await AddFeedAsync(services, _server.Url("/feed.xml"));
        AddItem(3);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var poller = ActivatorUtilities.CreateInstance<FeedPoller>(services);

        // The poller's first pass finds nothing due, and changes nothing, so the clock may move while it runs: the
        // tick this advance fires waits for the loop and then finds the feed due.
        await poller.StartAsync(timeout.Token);
        try
        {
            _clock.Advance(TimeSpan.FromMinutes(15));
            await rest.WaitForSentAsync(1, timeout.Token);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }

        Assert.Equal("Story number 3", Assert.Single(rest.Sent).Message.Embeds[0].Title);
    }

    [Fact]
    public async Task Poll_RepeatedFailures_BackOffThenDisableWithNotice()
    {
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest, new() { ["Bot:News:MaxConsecutiveFailures"] = "3" });
        var feed = await AddFeedAsync(services, _server.Url("/feed.xml"));
        var processor = services.GetRequiredService<FeedPollProcessor>();
        _status = 500;

        var first = await processor.PollAsync(feed.Id, CancellationToken.None);
        var afterFirst = await NextPollDelayAsync(feed.Id);
        await processor.PollAsync(feed.Id, CancellationToken.None);
        var afterSecond = await NextPollDelayAsync(feed.Id);
        var third = await processor.PollAsync(feed.Id, CancellationToken.None);

        Assert.False(first!.Disabled);
        Assert.Equal(TimeSpan.FromMinutes(30), afterFirst);
        Assert.Equal(TimeSpan.FromMinutes(60), afterSecond);
        Assert.True(third!.Disabled);
        var notice = Assert.Single(rest.Sent);
        Assert.Contains("disabled", notice.Message.Content, StringComparison.Ordinal);
        Assert.Contains("500", notice.Message.Content, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await processor.PollDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Poll_MoreNewEntriesThanHourlyCap_PostsCapAndTheRestNextHour()
    {
        _etag = "\"rev-1\"";
        var rest = new FakeDiscordRest();
        await using var services = CreateServices(rest, new() { ["Bot:News:MaxPostsPerChannelPerHour"] = "2" });
        await AddFeedAsync(services, _server.Url("/feed.xml"));
        AddItem(3);
        AddItem(4);
        AddItem(5);
        _etag = "\"rev-2\"";
        var processor = services.GetRequiredService<FeedPollProcessor>();
        _clock.Advance(TimeSpan.FromMinutes(15));

        var first = Assert.Single(await processor.PollDueAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(15));
        var stillCapped = Assert.Single(await processor.PollDueAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(45));
        var nextHour = Assert.Single(await processor.PollDueAsync(CancellationToken.None));

        Assert.Equal((2, 1), (first.Posted, first.Deferred));
        Assert.Equal((0, 1), (stillCapped.Posted, stillCapped.Deferred));
        Assert.Equal((1, 0), (nextHour.Posted, nextHour.Deferred));
        // Oldest first: 3 and 4, then 5.
        Assert.Equal(["Story number 3", "Story number 4", "Story number 5"], rest.Sent.Select(s => s.Message.Embeds[0].Title));
    }

    [Fact]
    public async Task Add_MalformedFeed_FailsClearlyAndKeepsNoSubscription()
    {
        _server.MapText("/bad.xml", "application/rss+xml", "<rss><channel><item></channel>");
        await using var services = CreateServices(new FakeDiscordRest());

        var result = await services.GetRequiredService<FeedSubscriptionService>().AddAsync(Guild, Channel, _server.Url("/bad.xml").AbsoluteUri, 1, CancellationToken.None);

        Assert.Contains("not well-formed", Assert.IsType<FeedAddFailed>(result).Reason, StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Feeds.AnyAsync());
    }

    [Fact]
    public async Task Add_PrivateAddressNotAllowListed_IsRefused()
    {
        var services = NewsServices.Build(_database, new FakeDiscordRest(), _clock);
        await using var _ = services;

        var result = await services.GetRequiredService<FeedSubscriptionService>().AddAsync(Guild, Channel, _server.Url("/feed.xml").AbsoluteUri, 1, CancellationToken.None);

        Assert.IsType<FeedAddFailed>(result);
        Assert.Equal(0, _server.Hits("/feed.xml"));
    }

    private async Task<TimeSpan> NextPollDelayAsync(long feedId)
    {
        await using var db = _database.CreateDbContext();
        var feed = await db.Feeds.SingleAsync(f => f.Id == feedId);
        return feed.NextPollAt - _clock.GetUtcNow();
    }
}
