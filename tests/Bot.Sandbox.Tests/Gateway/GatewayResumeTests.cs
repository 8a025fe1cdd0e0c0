using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;

namespace Bot.Sandbox.Tests.Gateway;

public sealed class GatewayResumeTests
{
    private const long Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent;

    [Fact]
    public async Task Resume_AfterDrop_ReplaysMissedEventsThenResumed()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var first = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await first.ReceiveAsync();
        await first.IdentifyAsync(server.BotToken, Intents);
        var ready = await first.ReceiveDispatchAsync("READY");
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        var resumeUrl = new Uri(ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        var lastSeq = (await first.ReceiveDispatchAsync("GUILD_CREATE"))["s"]!.GetValue<int>();

        await server.DropConnectionsAsync();
        await server.WaitUntilAsync(() => server.OpenGatewayConnections == 0);
        await first.DisposeAsync();
        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "missed one");
        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "missed two");

        await using var second = await GatewayTestClient.ConnectAsync(resumeUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.BotToken, ["session_id"] = sessionId, ["seq"] = lastSeq } });

        var one = await second.ReceiveAsync();
        var two = await second.ReceiveAsync();
        var resumed = await second.ReceiveAsync();
        Assert.Equal(("MESSAGE_CREATE", lastSeq + 1, "missed one"), (one!["t"]!.GetValue<string>(), one["s"]!.GetValue<int>(), one["d"]!["content"]!.GetValue<string>()));
        Assert.Equal(("MESSAGE_CREATE", lastSeq + 2, "missed two"), (two!["t"]!.GetValue<string>(), two["s"]!.GetValue<int>(), two["d"]!["content"]!.GetValue<string>()));
        Assert.Equal("RESUMED", resumed!["t"]!.GetValue<string>());
        Assert.Contains(server.GatewayConnectionUrls, u => u.StartsWith("/resume", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_UnknownSession_GetsInvalidSessionFalse()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.BotToken, ["session_id"] = "nope", ["seq"] = 3 } });

        var frame = await client.ReceiveAsync();
        Assert.Equal(9, frame!["op"]!.GetValue<int>());
        Assert.False(frame["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Heartbeat_IsAcknowledged_AndReconnectFaultSendsOp7()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        Assert.Equal(11, (await client.ReceiveAsync())!["op"]!.GetValue<int>());

        server.SendReconnect();
        Assert.Equal(7, (await client.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task OversizedPayload_ClosesWith4002()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendRawAsync("{\"op\":1,\"d\":null,\"pad\":\"" + new string('x', 4100) + "\"}");

        Assert.Equal(4002, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SendRate_Over120PerMinute_ClosesWith4008()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        for (var i = 0; i < 121; i++)
        {
            await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        }

        Assert.Equal(4008, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_PrivilegedIntentNotEnabled_ClosesWith4014()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { AllowedPrivilegedIntents = 0 });
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.IdentifyAsync(server.BotToken, GatewayIntents.Guilds | GatewayIntents.MessageContent);

        Assert.Equal(4014, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task CloseWith_GivenCode_ReachesClient()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await server.WaitUntilAsync(() => server.OpenGatewayConnections == 1);

        server.CloseWith(4000);

        Assert.Equal(4000, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task RequestHeartbeat_SendsOp1_AndClientFramesAndClosesAreRecorded()
    {
        await using var server = await SandboxServer.StartAsync();
        var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.IdentifyAsync(server.BotToken, GatewayIntents.Guilds);
        await client.ReceiveDispatchAsync("READY");

        server.RequestHeartbeat();
        Assert.Equal(1, (await client.ReceiveAsync())!["op"]!.GetValue<int>());
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 1 });
        await client.DisposeAsync();

        await server.WaitUntilAsync(() => server.GatewayCloses.Count == 1);
        Assert.Equal([2, 1], server.GatewayFrames.Select(f => f.Op));
        Assert.Contains("\"d\":1", server.GatewayFrames[1].Json, StringComparison.Ordinal);
        Assert.Equal(new Bot.Sandbox.Model.GatewayClose(true, 1000, server.GatewayCloses[0].At), server.GatewayCloses[0]);
    }

    [Fact]
    public async Task ClientClose1000_InvalidatesSession_ResumeGetsOp9False()
    {
        await using var server = await SandboxServer.StartAsync();
        var first = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await first.ReceiveAsync();
        await first.IdentifyAsync(server.BotToken, GatewayIntents.Guilds);
        var sessionId = (await first.ReceiveDispatchAsync("READY"))["d"]!["session_id"]!.GetValue<string>();
        await first.DisposeAsync();
        await server.WaitUntilAsync(() => server.GatewayCloses.Count == 1);

        await using var second = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.BotToken, ["session_id"] = sessionId, ["seq"] = 1 } });

        var frame = await second.ReceiveAsync();
        Assert.Equal((9, false), (frame!["op"]!.GetValue<int>(), frame["d"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task StopAcking_HeartbeatGetsNoAck_NextFrameIsTheFollowingEvent()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.IdentifyAsync(server.BotToken, Intents);
        await client.ReceiveDispatchAsync("GUILD_CREATE");

        server.StopAcking();
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });
        await server.WaitUntilAsync(() => server.GatewayFrames.Count(f => f.Op == 1) == 1);
        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "after the heartbeat");

        Assert.Equal("MESSAGE_CREATE", (await client.ReceiveAsync())!["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Resume_SeqAheadOfSession_ClosesWith4007()
    {
        await using var server = await SandboxServer.StartAsync();
        var first = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await first.ReceiveAsync();
        await first.IdentifyAsync(server.BotToken, GatewayIntents.Guilds);
        var sessionId = (await first.ReceiveDispatchAsync("READY"))["d"]!["session_id"]!.GetValue<string>();
        first.Abort();
        await server.WaitUntilAsync(() => server.OpenGatewayConnections == 0);

        await using var second = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.BotToken, ["session_id"] = sessionId, ["seq"] = 99 } });

        Assert.Equal(4007, await second.ReceiveCloseAsync());
    }
}
