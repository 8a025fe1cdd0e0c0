using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Sandbox.Tests.Rest;

public sealed class ModerationRouteTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-01T12:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Timeout_WithReason_SetsTimeoutAndDecodesAuditReason()
    {
        await using var server = await SandboxServer.StartAsync(time: new FakeTimeProvider(Start));
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);
        var request = new HttpRequestMessage(HttpMethod.Patch, $"guilds/{world.Guild.Id}/members/{world.Member.Id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new JsonObject { ["communication_disabled_until"] = Start.AddMinutes(10).ToString("O", CultureInfo.InvariantCulture) }),
        };
        request.Headers.Add("X-Audit-Log-Reason", Uri.EscapeDataString("insults: «you idiot»"));

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Start.AddMinutes(10), server.GetTimeout(world.Guild.Id, world.Member.Id));
        var entry = Assert.Single(server.GetAuditLog(world.Guild.Id));
        Assert.Equal((SandboxAuditLogEntry.MemberUpdate, "insults: «you idiot»"), (entry.ActionType, entry.Reason));
    }

    [Fact]
    public async Task Timeout_MemberAboveBot_Returns403WithCode50013()
    {
        await using var server = await SandboxServer.StartAsync(time: new FakeTimeProvider(Start));
        var world = SandboxStarterWorld.Create(server);
        var senior = server.CreateRole(world.Guild.Id, "senior", 50, 0);
        server.SetMemberRoles(world.Guild.Id, world.Member.Id, senior.Id);
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Patch, $"guilds/{world.Guild.Id}/members/{world.Member.Id}",
            new JsonObject { ["communication_disabled_until"] = Start.AddMinutes(10).ToString("O", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50013, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.Null(server.GetTimeout(world.Guild.Id, world.Member.Id));
    }

    [Fact]
    public async Task Timeout_BotLacksModerateMembers_Returns403()
    {
        await using var server = await SandboxServer.StartAsync(time: new FakeTimeProvider(Start));
        var world = SandboxStarterWorld.Create(server);
        server.SetBotPermissions(world.Guild.Id, SandboxPermissions.DefaultEveryone);
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Patch, $"guilds/{world.Guild.Id}/members/{world.Member.Id}",
            new JsonObject { ["communication_disabled_until"] = Start.AddMinutes(10).ToString("O", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Timeout_MoreThan28Days_Returns50035()
    {
        await using var server = await SandboxServer.StartAsync(time: new FakeTimeProvider(Start));
        var world = SandboxStarterWorld.Create(server);
        using var http = SandboxHttp.Create(server);

        var response = await http.SendJsonAsync(HttpMethod.Patch, $"guilds/{world.Guild.Id}/members/{world.Member.Id}",
            new JsonObject { ["communication_disabled_until"] = Start.AddDays(29).ToString("O", CultureInfo.InvariantCulture) });

        Assert.Equal(50035, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task BanAsModerator_EmitsBanAndAuditEntryToModerationIntent()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        await using var gateway = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await gateway.ReceiveAsync();
        await gateway.IdentifyAsync(server.BotToken, GatewayIntents.Guilds | GatewayIntents.GuildModeration);
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");

        await server.BanAsModeratorAsync(world.Guild.Id, world.Owner.Id, world.Member.Id, "spam");

        Assert.NotNull(await gateway.ReceiveDispatchAsync("GUILD_BAN_ADD"));
        var audit = (await gateway.ReceiveDispatchAsync("GUILD_AUDIT_LOG_ENTRY_CREATE"))["d"]!;
        Assert.Equal(("spam", SandboxAuditLogEntry.MemberBanAdd), (audit["reason"]!.GetValue<string>(), audit["action_type"]!.GetValue<int>()));
        Assert.Single(server.GetBans(world.Guild.Id));
        Assert.False(server.IsMember(world.Guild.Id, world.Member.Id));
    }

    [Fact]
    public async Task ThreadFromMessage_AndDirectMessage_AreStored()
    {
        await using var server = await SandboxServer.StartAsync();
        var world = SandboxStarterWorld.Create(server);
        var message = await server.PostMessageAsync(world.Channel.Id, world.Member.Id, "breaking news");
        using var http = SandboxHttp.Create(server);

        var thread = await http.SendJsonAsync(HttpMethod.Post, $"channels/{world.Channel.Id}/messages/{message.Id}/threads", new JsonObject { ["name"] = "Discussion" });
        var dm = await (await http.SendJsonAsync(HttpMethod.Post, "users/@me/channels", new JsonObject { ["recipient_id"] = world.Member.Id.ToString(CultureInfo.InvariantCulture) })).ReadJsonAsync();
        await http.SendJsonAsync(HttpMethod.Post, $"channels/{dm["id"]!.GetValue<string>()}/messages", new JsonObject { ["content"] = "You were warned." });

        Assert.Equal(HttpStatusCode.Created, thread.StatusCode);
        var created = Assert.Single(server.GetThreads(world.Channel.Id));
        Assert.Equal("Discussion", created.Name);
        Assert.Equal(created.Id, server.GetMessage(message.Id).ThreadId);
        Assert.Equal(message.Id, created.Id); // as on Discord: a thread started from a message takes the message's id
        Assert.Equal("You were warned.", Assert.Single(server.GetDirectMessages(world.Member.Id)).Content);
    }
}
