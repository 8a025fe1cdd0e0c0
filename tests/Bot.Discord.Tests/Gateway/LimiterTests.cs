using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Discord.Tests.Gateway;

public sealed class LimiterTests
{
    [Fact]
    public async Task SendLimiter_QueuesCommandsPastTheWindow_ButKeepsRoomForHeartbeats()
    {
        var time = FakeTime.Create();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.DiscordLimit - GatewaySendLimiter.HeartbeatReserve; i++)
            Assert.True(limiter.AcquireAsync(heartbeat: false, CancellationToken.None).IsCompleted);

        var queued = limiter.AcquireAsync(heartbeat: false, CancellationToken.None);
        Assert.False(await FakeTime.Settles(queued));
        for (var i = 0; i < GatewaySendLimiter.HeartbeatReserve; i++)
            Assert.True(limiter.AcquireAsync(heartbeat: true, CancellationToken.None).IsCompleted);
        var heartbeatOverLimit = limiter.AcquireAsync(heartbeat: true, CancellationToken.None);
        Assert.False(await FakeTime.Settles(heartbeatOverLimit));

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await FakeTime.Settles(queued));
        time.Advance(TimeSpan.FromSeconds(1));
        await queued.Within();
        await heartbeatOverLimit.Within();
    }

    [Fact]
    public async Task IdentifyLimiter_SpacesShardsByMaxConcurrencyBucket()
    {
        var time = FakeTime.Create();
        var limiter = new IdentifyLimiter(time, NullLogger.Instance, maxConcurrency: 2, remaining: 100, resetAfter: TimeSpan.Zero);
        Assert.True(limiter.WaitTurnAsync(0, CancellationToken.None).IsCompleted);
        Assert.True(limiter.WaitTurnAsync(1, CancellationToken.None).IsCompleted);
        var shard2 = limiter.WaitTurnAsync(2, CancellationToken.None);
        var shard3 = limiter.WaitTurnAsync(3, CancellationToken.None);
        var shard4 = limiter.WaitTurnAsync(4, CancellationToken.None);
        Assert.False(await FakeTime.Settles(shard2));

        time.Advance(IdentifyLimiter.Interval);
        await shard2.Within();
        await shard3.Within();
        Assert.False(await FakeTime.Settles(shard4));
        time.Advance(IdentifyLimiter.Interval);
        await shard4.Within();
    }

    [Fact]
    public async Task IdentifyLimiter_WaitsForSessionStartLimitReset_WhenQuotaIsUsedUp()
    {
        var time = FakeTime.Create();
        var limiter = new IdentifyLimiter(time, NullLogger.Instance, maxConcurrency: 1, remaining: 0, resetAfter: TimeSpan.FromHours(1));
        var identify = limiter.WaitTurnAsync(0, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await FakeTime.Settles(identify));
        time.Advance(TimeSpan.FromMinutes(1));
        await identify.Within();
    }

    [Theory]
    [InlineData(null, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(4000, "Resume")]
    [InlineData(4003, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4007, "Reidentify")]
    [InlineData(4009, "Reidentify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4014, "Fatal")]
    public void CloseCodePolicy_SortsCodes(int? code, string expected) =>
        Assert.Equal(expected, CloseCodePolicy.Classify(code).ToString());

    [Fact]
    public void Backoff_GrowsWithJitterAndResets()
    {
        var backoff = new ReconnectBackoff(new FixedRandom(0));
        Assert.Equal(TimeSpan.FromSeconds(0.5), backoff.Next());
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Next());
        for (var i = 0; i < 10; i++)
            Assert.True(backoff.Next() <= TimeSpan.FromSeconds(30));
        backoff.Reset();
        Assert.Equal(TimeSpan.FromSeconds(0.5), backoff.Next());
    }
}
