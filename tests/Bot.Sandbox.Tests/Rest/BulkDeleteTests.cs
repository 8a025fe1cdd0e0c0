using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Rest;

public sealed class BulkDeleteTests
{
    private static JsonObject Ids(params ulong[] ids) =>
        new() { ["messages"] = new JsonArray([.. ids.Select(i => (JsonNode)i.ToString(CultureInfo.InvariantCulture))]) };

    [Fact]
    public async Task BulkDelete_TwoRecentMessages_DeletesBothWith204()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var a = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "a");
        var b = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "b");
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages/bulk-delete", Ids(a.Id, b.Id));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(server.IsDeleted(a.Id) && server.IsDeleted(b.Id));
    }

    [Fact]
    public async Task BulkDelete_OneId_Returns50016AndDeletesNothing()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var a = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "a");
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages/bulk-delete", Ids(a.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50016, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.False(server.IsDeleted(a.Id));
    }

    [Fact]
    public async Task BulkDelete_MessageOlderThanTwoWeeks_Returns50034()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var world = SandboxStarterWorld.Create(server);
        var old = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "old");
        time.Advance(TimeSpan.FromDays(15));
        var fresh = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "fresh");
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages/bulk-delete", Ids(old.Id, fresh.Id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50034, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.False(server.IsDeleted(fresh.Id));
    }

    [Fact]
    public async Task BulkDelete_DuplicateIds_Returns50035()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var a = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "a");
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages/bulk-delete", Ids(a.Id, a.Id));

        Assert.Equal(50035, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }
}
