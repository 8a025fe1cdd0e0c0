using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Rest;

public sealed class InteractionTests
{
    [Fact]
    public async Task SlashCommand_EventCarriesPermissionsAndResolved_CallbackIsRecorded()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var mods = server.CreateRole(world.Guild.Id, "mods", 5, SandboxPermissions.ModerateMembers);
        var moderator = server.CreateUser("mod");
        server.AddMember(world.Guild.Id, moderator.Id, mods.Id);
        await using var gateway = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await gateway.ReceiveAsync();
        await gateway.IdentifyAsync(server.BotToken, GatewayIntents.Guilds);
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");

        var handle = await server.InvokeSlashCommandAsync(world.Guild.Id, world.Channel.Id, moderator.Id, "timeout",
            SandboxCommandOption.User("member", world.Member.Id), SandboxCommandOption.Integer("minutes", 10));
        var created = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var permissions = ulong.Parse(created["member"]!["permissions"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.NotEqual(0UL, permissions & SandboxPermissions.ModerateMembers);
        Assert.Equal(0UL, permissions & SandboxPermissions.BanMembers);
        Assert.NotNull(created["data"]!["resolved"]!["members"]![world.Member.Id.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal(handle.Token, created["token"]!.GetValue<string>());

        using var http = SandboxHttp.Create(server, authorize: false);
        var callback = await http.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject { ["content"] = "done", ["flags"] = 64 },
        });
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);

        var response = await server.WaitForInteractionResponseAsync(handle);
        Assert.Equal(4, response.CallbackType);
        Assert.True(response.Ephemeral);
        Assert.Equal("done", response.Original!.Content);
        Assert.Empty(server.GetMessages(world.Channel.Id));

        var twice = await http.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject { ["type"] = 5 });
        Assert.Equal(40060, (await twice.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Deferred_ThenEditOriginal_CreatesTheResponseMessage()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var handle = await server.InvokeSlashCommandAsync(world.Guild.Id, world.Channel.Id, world.Owner.Id, "news");
        using var http = SandboxHttp.Create(server, authorize: false);

        await http.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject { ["type"] = 5 });
        var edit = await http.SendJsonAsync(HttpMethod.Patch, $"webhooks/{server.ApplicationId}/{handle.Token}/messages/@original", new JsonObject { ["content"] = "here you go" });
        var followUp = await http.SendJsonAsync(HttpMethod.Post, $"webhooks/{server.ApplicationId}/{handle.Token}", new JsonObject { ["content"] = "and more" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var response = server.GetInteractionResponse(handle)!;
        Assert.Equal("here you go", response.Original!.Content);
        Assert.Equal("and more", Assert.Single(response.FollowUps).Content);
        Assert.Equal(["here you go", "and more"], server.GetMessages(world.Channel.Id).Select(m => m.Content));
    }

    [Fact]
    public async Task Callback_AfterDeadline_Returns10062()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var world = SandboxStarterWorld.Create(server);
        var handle = await server.InvokeSlashCommandAsync(world.Guild.Id, world.Channel.Id, world.Owner.Id, "news");
        time.Advance(TimeSpan.FromSeconds(4));
        using var http = SandboxHttp.Create(server, authorize: false);

        var late = await http.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject { ["type"] = 5 });

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(10062, (await late.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.Null(server.GetInteractionResponse(handle));
    }

    [Fact]
    public async Task FollowUp_AfterTokenLifetime_Returns401Code50027()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await SandboxServer.StartAsync(time: time);
        var world = SandboxStarterWorld.Create(server);
        var handle = await server.InvokeSlashCommandAsync(world.Guild.Id, world.Channel.Id, world.Owner.Id, "news");
        using var http = SandboxHttp.Create(server, authorize: false);
        await http.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject { ["type"] = 5 });
        var followUp = $"webhooks/{server.ApplicationId}/{handle.Token}";

        time.Advance(TimeSpan.FromMinutes(14));
        var inTime = await http.SendJsonAsync(HttpMethod.Post, followUp, new JsonObject { ["content"] = "still in time" });
        time.Advance(TimeSpan.FromMinutes(2));
        var late = await http.SendJsonAsync(HttpMethod.Post, followUp, new JsonObject { ["content"] = "too late" });

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.Equal(50027, (await late.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task ButtonClick_UpdateMessage_EditsTheClickedMessage()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        using var bot = SandboxHttp.Create(server);
        var sent = await (await bot.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages", new JsonObject
        {
            ["content"] = "Case 1",
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "Undo", ["custom_id"] = "undo:1" }),
            }),
        })).ReadJsonAsync();
        var messageId = ulong.Parse(sent["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        var handle = await server.ClickButtonAsync(messageId, world.Owner.Id, "undo:1");
        await bot.SendJsonAsync(HttpMethod.Post, $"interactions/{handle.Id}/{handle.Token}/callback", new JsonObject
        {
            ["type"] = 7,
            ["data"] = new JsonObject { ["content"] = "Case 1 (undone)", ["components"] = new JsonArray() },
        });

        var updated = server.GetMessage(messageId);
        Assert.Equal("Case 1 (undone)", updated.Content);
        Assert.Empty(updated.Components);
    }
}
