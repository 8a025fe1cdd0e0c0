using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;

namespace Bot.Sandbox.Tests.Rest;

public sealed class StrictOpenApiTests
{
    [Fact]
    public async Task Strict_ValidBodies_RecordNoViolations()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { StrictOpenApi = true });
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);

        await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject
        {
            ["content"] = "hello",
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = "t", ["description"] = "d", ["color"] = 255 }),
        });
        await http.SendJsonAsync(HttpMethod.Put, $"applications/{server.ApplicationId}/guilds/{world.Guild.Id}/commands", new JsonArray(new JsonObject
        {
            ["name"] = "warn",
            ["description"] = "Warn a member",
            ["type"] = 1,
            ["default_member_permissions"] = "1099511627776",
            ["options"] = new JsonArray(new JsonObject { ["type"] = 6, ["name"] = "member", ["description"] = "Who", ["required"] = true }),
        }));

        Assert.Empty(server.SchemaViolations);
    }

    [Fact]
    public async Task Strict_MisspelledPropertyAndWrongType_AreRecorded()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { StrictOpenApi = true });
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);

        await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject
        {
            ["content"] = "hello",
            ["allowed_mention"] = new JsonObject(),
            ["tts"] = "no",
        });

        Assert.Contains(server.SchemaViolations, v => v.JsonPath == "$.allowed_mention" && v.Problem == "unknown property");
        Assert.Contains(server.SchemaViolations, v => v.JsonPath == "$.tts");
        Assert.All(server.SchemaViolations, v => Assert.Equal("POST /channels/{channel_id}/messages", v.Route));
    }
}
