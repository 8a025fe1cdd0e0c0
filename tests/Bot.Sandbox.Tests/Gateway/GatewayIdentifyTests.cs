using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;

namespace Bot.Sandbox.Tests.Gateway;

public sealed class GatewayIdentifyTests
{
    private const long Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent;

    [Fact]
    public async Task Identify_ValidToken_SendsHelloReadyGuildCreateThenMessages()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);

        var hello = await client.ReceiveAsync();
        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(41_250, hello["d"]!["heartbeat_interval"]!.GetValue<int>());

        await client.IdentifyAsync(server.BotToken, Intents);
        var ready = await client.ReceiveDispatchAsync("READY");
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(server.BotUserId.ToString(System.Globalization.CultureInfo.InvariantCulture), ready["d"]!["user"]!["id"]!.GetValue<string>());
        Assert.True(ready["d"]!["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.StartsWith("ws://127.0.0.1:", ready["d"]!["resume_gateway_url"]!.GetValue<string>(), StringComparison.Ordinal);

        var guildCreate = await client.ReceiveDispatchAsync("GUILD_CREATE");
        Assert.Equal(2, guildCreate["s"]!.GetValue<int>());
        Assert.Equal("world-news", guildCreate["d"]!["channels"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(world.Owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), guildCreate["d"]!["owner_id"]!.GetValue<string>());

        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "hello <@" + world.Owner.Id + ">");
        var created = await client.ReceiveDispatchAsync("MESSAGE_CREATE");
        Assert.Equal(3, created["s"]!.GetValue<int>());
        Assert.Equal("hello <@" + world.Owner.Id + ">", created["d"]!["content"]!.GetValue<string>());
        Assert.Equal("alice", created["d"]!["author"]!["username"]!.GetValue<string>());
        Assert.NotNull(created["d"]!["member"]);
        Assert.Single(created["d"]!["mentions"]!.AsArray());
    }

    [Fact]
    public async Task Identify_BadToken_ClosesWith4004()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.IdentifyAsync("not-the-token", Intents);

        Assert.Equal(4004, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task MessageCreate_WithoutMessageContentIntent_ArrivesWithEmptyContent()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.IdentifyAsync(server.BotToken, GatewayIntents.Guilds | GatewayIntents.GuildMessages);
        await client.ReceiveDispatchAsync("GUILD_CREATE");

        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "secret words");
        await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "hey <@" + server.BotUserId + ">");

        Assert.Equal("", (await client.ReceiveDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!.GetValue<string>());
        Assert.Equal("hey <@" + server.BotUserId + ">", (await client.ReceiveDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!.GetValue<string>());
    }
}
