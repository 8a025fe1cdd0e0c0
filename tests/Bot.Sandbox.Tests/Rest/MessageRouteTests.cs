using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Rest;

public sealed class MessageRouteTests
{
    [Fact]
    public async Task SendGetDelete_RoundTrip_StoresAndDeletes()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);

        var sent = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject { ["content"] = "posted" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (await sent.ReadJsonAsync())["id"]!.GetValue<string>();

        var listed = await (await http.GetAsync($"channels/{world.Channel.Id}/messages?limit=10")).ReadJsonAsync();
        Assert.Equal("posted", listed[0]!["content"]!.GetValue<string>());

        var deleted = await http.SendJsonAsync(HttpMethod.Delete, $"channels/{world.Channel.Id}/messages/{id}", null);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.True(server.IsDeleted(ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture)));

        var again = await http.SendJsonAsync(HttpMethod.Delete, $"channels/{world.Channel.Id}/messages/{id}", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(10008, (await again.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Send_NoAuthorization_Returns401()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server, authorize: false);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject { ["content"] = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.GetMessages(world.Channel.Id));
    }

    [Fact]
    public async Task Send_ContentOver2000_Returns50035()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject { ["content"] = new string('a', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Send_SixthInFiveSeconds_Returns429WithBucketHeadersUntilReset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);
        var path = $"channels/{world.Channel.Id}/messages";

        for (var i = 0; i < 5; i++)
        {
            var ok = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "m" + i });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal((4 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), ok.Header("X-RateLimit-Remaining"));
        }

        var limited = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "too many" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("5", limited.Header("X-RateLimit-Limit"));
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
        Assert.Equal("5.000", limited.Header("X-RateLimit-Reset-After"));
        Assert.Equal("user", limited.Header("X-RateLimit-Scope"));
        Assert.NotEmpty(limited.Header("X-RateLimit-Bucket"));
        var body = await limited.ReadJsonAsync();
        Assert.Equal(5.0, body["retry_after"]!.GetValue<double>());
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.Equal(1, server.RateLimitedResponseCount);
        Assert.Equal(5, server.GetMessages(world.Channel.Id).Count);

        time.Advance(TimeSpan.FromSeconds(5));
        var after = await http.SendJsonAsync(HttpMethod.Post, path, new JsonObject { ["content"] = "later" });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
