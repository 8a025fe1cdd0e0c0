using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Rest;

public sealed class RateLimitTests
{
    [Fact]
    public async Task GlobalLimit_51stRequestInOneSecond_Returns429Global()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var world = SandboxStarterWorld.Create(server);
        var channels = Enumerable.Range(0, 11).Select(i => server.CreateTextChannel(world.Guild.Id, "c" + i)).ToList();
        using var http = SandboxHttp.Create(server);

        for (var i = 0; i < 50; i++)
        {
            var ok = await http.GetAsync($"channels/{channels[i / 5].Id}/messages");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var limited = await http.GetAsync($"channels/{channels[10].Id}/messages");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("true", limited.Header("X-RateLimit-Global"));
        Assert.Equal("global", limited.Header("X-RateLimit-Scope"));
        Assert.True((await limited.ReadJsonAsync())["global"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Inject429Storm_NextRequestsGet429ThenNormalService()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);
        server.Inject429Storm("POST /channels/{channel_id}/messages", 2, TimeSpan.FromSeconds(1.5));
        var path = $"channels/{world.Channel.Id}/messages";

        var first = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "a" });
        var second = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "b" });
        var third = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "c" });

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], [first.StatusCode, second.StatusCode, third.StatusCode]);
        Assert.Equal(1.5, (await first.ReadJsonAsync())["retry_after"]!.GetValue<double>());
        Assert.Equal("2", first.Header("Retry-After"));
        Assert.Equal(0, server.RateLimitedResponseCount);
        Assert.Single(server.GetMessages(world.Channel.Id));
    }

    [Fact]
    public async Task Inject5xx_NextRequestGets502()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);
        server.Inject5xx("GET /channels/{channel_id}/messages", 1);

        var failed = await http.GetAsync($"channels/{world.Channel.Id}/messages");
        var ok = await http.GetAsync($"channels/{world.Channel.Id}/messages");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(["GET /channels/{channel_id}/messages", "GET /channels/{channel_id}/messages"], server.Requests.Select(r => r.Method + " " + r.Route));
    }
}
