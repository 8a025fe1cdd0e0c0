using System.Net;
using Bot.Discord.Abstractions;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly ChannelId Channel = new(7);

    private static HttpResponseMessage Deleted(string bucket, int remaining, double resetAfter) => StubHttpHandler.NoContent(
        ("X-RateLimit-Bucket", bucket),
        ("X-RateLimit-Limit", "5"),
        ("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task ExhaustedBucket_HoldsTheNextRequestUntilReset()
    {
        var harness = new RestHarness(_ => Deleted("abc", 0, 2.5));
        Assert.True((await harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null)).IsSuccess);

        var second = harness.Client.DeleteMessageAsync(Channel, new MessageId(2), null);
        Assert.False(await FakeTime.Settles(second));
        Assert.Single(harness.Requests);
        await harness.Time.DriveAsync(second, TimeSpan.FromMilliseconds(500));

        var requests = harness.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task LearnedBucket_IsSharedAcrossRoutesButNotAcrossMajorIds()
    {
        var harness = new RestHarness(_ => Deleted("shared", 0, 10));
        await harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null);

        // Another channel is another major id: not held.
        Assert.True((await harness.Client.DeleteMessageAsync(new ChannelId(8), new MessageId(2), null).Within()).IsSuccess);

        // Same channel, same bucket hash learned from the first delete: held.
        var again = harness.Client.DeleteMessageAsync(Channel, new MessageId(3), null);
        Assert.False(await FakeTime.Settles(again));
        Assert.Equal(2, harness.Requests.Count);
        await harness.Time.DriveAsync(again, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        var calls = 0;
        var harness = new RestHarness(_ => Interlocked.Increment(ref calls) == 1
            ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""",
                ("X-RateLimit-Scope", "user"), ("Retry-After", "2"))
            : StubHttpHandler.NoContent());

        var result = await harness.Time.DriveAsync(harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null), TimeSpan.FromMilliseconds(250));

        Assert.True(result.IsSuccess);
        var requests = harness.Requests;
        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].At - requests[0].At, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.75));
        Assert.Contains(harness.Logger.Entries, e => e.Id.Id == 1001 && e.Message.Contains("scope user", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GlobalTooManyRequests_PausesEveryRoute()
    {
        var calls = 0;
        var harness = new RestHarness(_ => Interlocked.Increment(ref calls) == 1
            ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":3,"global":true}""",
                ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"))
            : StubHttpHandler.NoContent());

        var first = harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null);
        Assert.False(await FakeTime.Settles(first));
        var otherRoute = harness.Client.KickMemberAsync(new GuildId(9), new UserId(11), null);
        Assert.False(await FakeTime.Settles(otherRoute));
        Assert.Single(harness.Requests);

        await harness.Time.DriveAsync(Task.WhenAll(first, otherRoute), TimeSpan.FromMilliseconds(500));
        Assert.All(harness.Requests.Skip(1), r => Assert.True(r.At - FakeTime.Start >= TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task RepeatedTooManyRequests_GiveUpAsRateLimited()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"slow","retry_after":0.1,"global":false}"""));
        var result = await harness.Time.DriveAsync(harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null), TimeSpan.FromMilliseconds(100));
        Assert.Equal(DiscordErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(RestRequestSender.MaxRateLimitRetries + 1, harness.Requests.Count);
    }

    [Fact]
    public async Task GlobalLimit_AllowsFiftyPerSecond_AndExemptsInteractionCallbacks()
    {
        var harness = new RestHarness(_ => StubHttpHandler.NoContent());
        // 60 deletes in 60 channels: 60 buckets, so only the global limit applies.
        var deletes = Enumerable.Range(1, 60).Select(i => harness.Client.DeleteMessageAsync(new ChannelId((ulong)i), new MessageId(1), null)).ToList();
        var callbacks = Enumerable.Range(1, 60).Select(i => harness.Client.RespondToInteractionAsync(new InteractionId((ulong)i), "t", InteractionResponse.Defer(false))).ToList();
        await Task.WhenAll(callbacks).Within();
        Assert.False(await FakeTime.Settles(Task.WhenAll(deletes)));

        var atStart = harness.Requests.Count(r => r.At == FakeTime.Start && r.Uri.AbsolutePath.Contains("/channels/", StringComparison.Ordinal));
        Assert.Equal(GlobalRateLimiter.DiscordPerSecond, atStart);
        await harness.Time.DriveAsync(Task.WhenAll(deletes), TimeSpan.FromMilliseconds(250));
        Assert.Equal(120, harness.Requests.Count);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoffThenReportedTransient()
    {
        var calls = 0;
        var harness = new RestHarness(_ => Interlocked.Increment(ref calls) <= 2
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : StubHttpHandler.NoContent());
        var ok = await harness.Time.DriveAsync(harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null), TimeSpan.FromMilliseconds(250));
        Assert.True(ok.IsSuccess);
        Assert.Equal(3, harness.Requests.Count);

        var failing = new RestHarness(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var result = await failing.Time.DriveAsync(failing.Client.DeleteMessageAsync(Channel, new MessageId(1), null), TimeSpan.FromMilliseconds(250));
        Assert.Equal(DiscordErrorKind.Transient, result.Error!.Kind);
        Assert.Equal(RestRequestSender.MaxServerRetries + 1, failing.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_StopsTheClient_LaterCallsFailFast()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));
        var first = await harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null);
        var second = await harness.Client.SendMessageAsync(new ChannelId(8), new OutgoingMessage { Content = "x" });

        Assert.Equal(DiscordErrorKind.Unauthorized, first.Error!.Kind);
        Assert.Equal(DiscordErrorKind.Unauthorized, second.Error!.Kind);
        Assert.Single(harness.Requests);
        Assert.True(harness.Sender.IsStopped);
        Assert.Single(harness.Logger.Entries, e => e.Id.Id == 1000);
        Assert.DoesNotContain(harness.Logger.Entries, e => e.Message.Contains(RestHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidRequestBudget_Spent_RefusesUntilTheOldestAnswerLeavesTheWindow()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.Forbidden, """{"message":"Missing Permissions","code":50013}"""), invalidRequestBudget: 3);
        for (ulong id = 1; id <= 3; id++)
            Assert.Equal(DiscordErrorKind.Forbidden, (await harness.Client.DeleteMessageAsync(Channel, new MessageId(id), null)).Error?.Kind);

        harness.Time.Advance(TimeSpan.FromMinutes(9));
        var held = await harness.Client.DeleteMessageAsync(Channel, new MessageId(4), null);
        var heldCount = harness.Requests.Count;
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var released = await harness.Client.DeleteMessageAsync(Channel, new MessageId(5), null);

        Assert.Equal(DiscordErrorKind.RateLimited, held.Error?.Kind);
        Assert.Equal(3, heldCount);
        Assert.Equal(DiscordErrorKind.Forbidden, released.Error?.Kind);
        Assert.Equal(4, harness.Requests.Count);
    }

    [Fact]
    public async Task InvalidRequestBudget_IgnoresSharedScope429s()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"busy","retry_after":0,"global":false}""",
            ("X-RateLimit-Scope", "shared")), invalidRequestBudget: 3);

        var first = await harness.Client.DeleteMessageAsync(Channel, new MessageId(1), null);
        var countAfterFirst = harness.Requests.Count;
        await harness.Client.DeleteMessageAsync(Channel, new MessageId(2), null);

        Assert.Equal(DiscordErrorKind.RateLimited, first.Error?.Kind);
        Assert.True(countAfterFirst > 3);
        Assert.Equal(2 * countAfterFirst, harness.Requests.Count);
    }
}
