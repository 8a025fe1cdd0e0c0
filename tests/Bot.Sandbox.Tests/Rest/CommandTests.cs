using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;

namespace Bot.Sandbox.Tests.Rest;

public sealed class CommandTests
{
    private static JsonObject Command(string name) => new() { ["name"] = name, ["description"] = name + " things", ["type"] = 1 };

    [Fact]
    public async Task GuildOverwrite_SecondList_RemovesStaleAndKeepsIds()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);
        var path = $"applications/{server.ApplicationId}/guilds/{world.Guild.Id}/commands";

        await http.SendJsonAsync(HttpMethod.Put, path, new JsonArray(Command("warn"), Command("ban")));
        var warnId = server.GetCommands(world.Guild.Id).Single(c => c.Name == "warn").Id;
        var response = await http.SendJsonAsync(HttpMethod.Put, path, new JsonArray(Command("warn"), Command("timeout")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commands = server.GetCommands(world.Guild.Id);
        Assert.Equal(["timeout", "warn"], commands.Select(c => c.Name).Order());
        Assert.Equal(warnId, commands.Single(c => c.Name == "warn").Id);
        Assert.Empty(server.GetCommands());
    }

    [Fact]
    public async Task GlobalOverwrite_UppercaseName_Returns50035AndKeepsOldList()
    {
        await using var server = await SandboxServer.StartAsync();
        using var http = SandboxHttp.Create(server);
        var path = $"applications/{server.ApplicationId}/commands";
        await http.SendJsonAsync(HttpMethod.Put, path, new JsonArray(Command("warn")));

        var response = await http.SendJsonAsync(HttpMethod.Put, path, new JsonArray(Command("Warn")));

        Assert.Equal(50035, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.Equal("warn", Assert.Single(server.GetCommands()).Name);
    }
}
