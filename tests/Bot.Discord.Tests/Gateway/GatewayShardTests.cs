using Bot.Discord.Abstractions;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayShardTests
{
    [Fact]
    public async Task Identify_ThenReady_DeliversReadyAndDispatches()
    {
        await using var harness = new ShardHarness(shardId: 1, shardCount: 3);
        harness.Start();
        var connection = await harness.Server.NextConnectionAsync().Within();
        Assert.Equal("ws://gateway.test/?v=10&encoding=json", connection.Url!.AbsoluteUri);

        connection.SendHello(ShardHarness.HeartbeatMs);
        var identify = await connection.ReceiveOpAsync(GatewayOpcode.Identify).Within();
        var d = identify.GetProperty("d");
        Assert.Equal(ShardHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 1) | (1 << 2) | (1 << 9) | (1 << 15), d.GetProperty("intents").GetInt32());
        Assert.Equal([1, 3], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(d.GetProperty("properties").TryGetProperty("os", out _));

        connection.SendDispatch("READY", 1, Payloads.Ready());
        connection.SendDispatch("MESSAGE_CREATE", 2, Payloads.Message(900, "first"));

        var ready = Assert.IsType<Ready>(await harness.NextEventAsync());
        Assert.Equal(Payloads.BotId, ready.BotUser.Id.Value);
        Assert.Equal(1, ready.ShardId);
        Assert.False(ready.Resumed);
        var created = Assert.IsType<MessageCreated>(await harness.NextEventAsync());
        Assert.Equal("first", created.Message.Content);
        Assert.Equal(1, created.ShardId);
    }

    [Fact]
    public async Task Drop_ResumesOnResumeUrl_WithoutLosingOrRepeatingEvents()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync("abc");
        first.SendDispatch("MESSAGE_CREATE", 2, Payloads.Message(2));
        first.SendDispatch("MESSAGE_CREATE", 3, Payloads.Message(3));
        Assert.IsType<MessageCreated>(await harness.NextEventAsync());
        Assert.IsType<MessageCreated>(await harness.NextEventAsync());

        first.Drop();
        var second = await harness.NextConnectionAsync();
        Assert.Equal("ws://resume.test/?v=10&encoding=json", second.Url!.AbsoluteUri);
        second.SendHello(ShardHarness.HeartbeatMs);
        var resume = await second.ReceiveCommandAsync().Within();
        Assert.Equal(GatewayOpcode.Resume, resume.GetProperty("op").GetInt32());
        Assert.Equal("abc", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(3, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(ShardHarness.Token, resume.GetProperty("d").GetProperty("token").GetString());

        // The server replays from its own idea of the sequence: one event we already have, then the missed ones.
        second.SendDispatch("MESSAGE_CREATE", 3, Payloads.Message(3));
        second.SendDispatch("MESSAGE_CREATE", 4, Payloads.Message(4));
        second.SendDispatch("MESSAGE_CREATE", 5, Payloads.Message(5));
        second.Send("""{"op":0,"s":6,"t":"RESUMED","d":{}}""");

        var ids = new List<ulong>();
        for (var i = 0; i < 2; i++)
            ids.Add(Assert.IsType<MessageCreated>(await harness.NextEventAsync()).Message.Id.Value);
        Assert.Equal([4UL, 5UL], ids);
        Assert.True(Assert.IsType<Ready>(await harness.NextEventAsync()).Resumed);
        Assert.Equal(2, harness.Server.ConnectionCount);
    }

    [Fact]
    public async Task MissingAck_ClosesNonNormallyAndResumes()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync();

        // First beat after interval * jitter (0.5), acknowledged.
        harness.Time.Advance(TimeSpan.FromMilliseconds(ShardHarness.HeartbeatMs / 2));
        var beat = await first.ReceiveOpAsync(GatewayOpcode.Heartbeat).Within();
        Assert.Equal(1, beat.GetProperty("d").GetInt64());
        first.AutoAck = false;

        // Second beat goes unacknowledged; at the third interval the connection is a zombie.
        var second = await harness.Time.DriveAsync(first.ReceiveOpAsync(GatewayOpcode.Heartbeat), TimeSpan.FromMilliseconds(100));
        Assert.Equal(GatewayOpcode.Heartbeat, second.GetProperty("op").GetInt32());
        var closeCode = await harness.Time.DriveAsync(first.ClientClosed, TimeSpan.FromMilliseconds(100));
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);

        var next = await harness.NextConnectionAsync();
        next.SendHello(ShardHarness.HeartbeatMs);
        Assert.Equal(GatewayOpcode.Resume, (await next.ReceiveCommandAsync().Within()).GetProperty("op").GetInt32());
        Assert.Contains(harness.Logger.Entries, e => e.Id.Id == 1015);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredImmediately()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var connection = await harness.ConnectAndIdentifyAsync();
        connection.Send("""{"op":1,"d":null}""");
        var beat = await connection.ReceiveOpAsync(GatewayOpcode.Heartbeat).Within();
        Assert.Equal(1, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesResumablyAndResumes()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync("s7");
        first.Send("""{"op":7,"d":null}""");
        Assert.Equal(GatewayConnection.ResumableCloseCode, await first.ClientClosed.Within());

        var second = await harness.NextConnectionAsync();
        second.SendHello(ShardHarness.HeartbeatMs);
        var resume = await second.ReceiveCommandAsync().Within();
        Assert.Equal(GatewayOpcode.Resume, resume.GetProperty("op").GetInt32());
        Assert.Equal("s7", resume.GetProperty("d").GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync("s9");
        first.Send("""{"op":9,"d":true}""");

        var second = await harness.NextConnectionAsync();
        Assert.StartsWith("ws://resume.test/", second.Url!.AbsoluteUri, StringComparison.Ordinal);
        second.SendHello(ShardHarness.HeartbeatMs);
        Assert.Equal(GatewayOpcode.Resume, (await second.ReceiveCommandAsync().Within()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_ReidentifiesOnGatewayUrlAfterOneToFiveSeconds()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync("old");
        var invalidatedAt = harness.Time.GetUtcNow();
        first.Send("""{"op":9,"d":false}""");

        var second = await harness.NextConnectionAsync();
        // 1–5 s after op 9; here the 5-second identify slot of the first Identify is the later bound.
        var waited = second.ConnectedAt - invalidatedAt;
        Assert.InRange(waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5.5));
        Assert.StartsWith("ws://gateway.test/", second.Url!.AbsoluteUri, StringComparison.Ordinal);
        second.SendHello(ShardHarness.HeartbeatMs);
        var identify = await second.ReceiveOpAsync(GatewayOpcode.Identify).Within();
        Assert.Equal(ShardHarness.Token, identify.GetProperty("d").GetProperty("token").GetString());

        // The new session numbers from 1 again: its events must not be mistaken for replays.
        second.SendDispatch("READY", 1, Payloads.Ready("new"));
        second.SendDispatch("MESSAGE_CREATE", 2, Payloads.Message(77));
        Assert.IsType<Ready>(await harness.NextEventAsync());
        Assert.Equal(77UL, Assert.IsType<MessageCreated>(await harness.NextEventAsync()).Message.Id.Value);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsShardWithOneErrorAndNoReconnect(int code)
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var connection = await harness.Server.NextConnectionAsync().Within();
        connection.SendHello(ShardHarness.HeartbeatMs);
        await connection.ReceiveOpAsync(GatewayOpcode.Identify).Within();
        connection.Close(code);

        var outcome = await harness.Run.Within();
        Assert.Equal(ReconnectAction.Fatal, outcome.Action);
        Assert.Equal(code, outcome.CloseCode);
        harness.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.Single(harness.Logger.Entries, e => e.Level == LogLevel.Critical);
    }

    [Theory]
    [InlineData(4000, GatewayOpcode.Resume)]
    [InlineData(4008, GatewayOpcode.Resume)]
    [InlineData(4007, GatewayOpcode.Identify)]
    [InlineData(4009, GatewayOpcode.Identify)]
    public async Task RecoverableCloseCode_ReconnectsWithResumeOrNewSession(int code, int expectedOp)
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync();
        first.Close(code);

        var second = await harness.NextConnectionAsync();
        second.SendHello(ShardHarness.HeartbeatMs);
        var sent = await harness.Time.DriveAsync(second.ReceiveCommandAsync(), TimeSpan.FromMilliseconds(250));
        Assert.Equal(expectedOp, sent.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task MalformedFramesAndUnknownEvents_AreSkippedWithoutReconnecting()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var connection = await harness.ConnectAndIdentifyAsync();
        connection.Send("{not json");
        connection.Send("[1,2,3]");
        connection.Send("""{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"not-a-number"}}""");
        connection.Send("""{"op":0,"s":3,"t":"MESSAGE_CREATE","d":null}""");
        connection.Send("""{"op":0,"s":4,"t":"SOMETHING_NEW","d":{"x":1}}""");
        connection.Send("""{"op":42,"d":null}""");
        connection.SendDispatch("MESSAGE_CREATE", 5, Payloads.Message(5));

        var created = Assert.IsType<MessageCreated>(await harness.NextEventAsync());
        Assert.Equal(5UL, created.Message.Id.Value);
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.Equal(2, harness.Logger.Entries.Count(e => e.Id.Id == 1016));
        Assert.Equal(2, harness.Logger.Entries.Count(e => e.Id.Id == 1017));
    }

    [Fact]
    public async Task Reconnect_BeforeHello_Resumes()
    {
        await using var harness = new ShardHarness();
        harness.Start();
        var first = await harness.ConnectAndIdentifyAsync("early");
        first.Drop();
        var second = await harness.NextConnectionAsync();
        second.Send("""{"op":7,"d":null}""");
        var third = await harness.NextConnectionAsync();
        third.SendHello(ShardHarness.HeartbeatMs);
        Assert.Equal(GatewayOpcode.Resume, (await third.ReceiveCommandAsync().Within()).GetProperty("op").GetInt32());
    }
}
