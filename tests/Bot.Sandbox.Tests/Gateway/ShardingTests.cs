using System.Globalization;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Gateway;

public sealed class ShardingTests
{
    [Fact]
    public async Task TwoShards_EachGetsOnlyItsGuilds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var owner = server.CreateUser("owner");
        var even = server.CreateGuild("first", owner.Id);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var odd = server.CreateGuild("second", owner.Id);
        var expected = new[] { even, odd }.ToDictionary(g => (int)((g.Id >> 22) % 2), g => g.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(2, expected.Count);

        foreach (var shard in new[] { 0, 1 })
        {
            await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
            await client.ReceiveAsync();
            await client.IdentifyAsync(server.BotToken, GatewayIntents.Guilds, shard, 2);

            var ready = await client.ReceiveDispatchAsync("READY");
            var guilds = ready["d"]!["guilds"]!.AsArray();
            Assert.Equal(expected[shard], Assert.Single(guilds)!["id"]!.GetValue<string>());
            Assert.Equal(expected[shard], (await client.ReceiveDispatchAsync("GUILD_CREATE"))["d"]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Identify_ShardIdNotBelowCount_ClosesWith4010()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.IdentifyAsync(server.BotToken, GatewayIntents.Guilds, 2, 2);

        Assert.Equal(4010, await client.ReceiveCloseAsync());
    }
}
