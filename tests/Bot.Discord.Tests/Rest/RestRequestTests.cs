using System.Net;
using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Tests.Support;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Discord.Tests.Rest;

public sealed class RestRequestTests
{
    private static readonly ChannelId Channel = new(7);
    private static readonly GuildId Guild = new(9);
    private static readonly UserId User = new(11);

    [Fact]
    public async Task SendMessage_SendsAuthUserAgentJsonAndSuppressedMentions()
    {
        var harness = new RestHarness();
        var result = await harness.Client.SendMessageAsync(Channel, new OutgoingMessage { Content = "hi @everyone" });

        Assert.True(result.IsSuccess);
        Assert.Equal(new MessageId(42), result.Value!.Id);
        var request = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://discord.test/api/v10/channels/7/messages", request.Uri.AbsoluteUri);
        Assert.Equal("Bot " + RestHarness.Token, request.Headers["Authorization"]);
        Assert.Equal("DiscordBot (https://github.com/newsmod/newsmod, 1.0)", request.Headers["User-Agent"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("hi @everyone", body.RootElement.GetProperty("content").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(body.RootElement.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task SendMessage_ExplicitUsers_AreListedWithoutTheUsersParseType()
    {
        var harness = new RestHarness();
        await harness.Client.SendMessageAsync(Channel, new OutgoingMessage { Content = "<@11>", AllowedMentions = AllowedMentions.OnlyUsers(User) });
        using var body = JsonDocument.Parse(harness.Requests[0].Body);
        var mentions = body.RootElement.GetProperty("allowed_mentions");
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.Equal("11", mentions.GetProperty("users")[0].GetString());
    }

    [Fact]
    public async Task AuditReason_IsUrlEncodedAndCappedAt512Characters()
    {
        var harness = new RestHarness(_ => StubHttpHandler.NoContent());
        await harness.Client.DeleteMessageAsync(Channel, new MessageId(5), "spam & ünïcode/🙂");
        Assert.Equal("spam%20%26%20%C3%BCn%C3%AFcode%2F%F0%9F%99%82", harness.Requests[0].Headers["X-Audit-Log-Reason"]);

        await harness.Client.KickMemberAsync(Guild, User, new string('a', 600));
        Assert.Equal(512, harness.Requests[1].Headers["X-Audit-Log-Reason"].Length);
    }

    [Fact]
    public async Task Timeout_PatchesMemberWithIsoTime_AndRemoveSendsNull()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.OK, "{}"));
        var until = harness.Time.GetUtcNow().AddHours(1);
        Assert.True((await harness.Client.TimeoutMemberAsync(Guild, User, until, "calm down")).IsSuccess);
        Assert.True((await harness.Client.RemoveTimeoutAsync(Guild, User, null)).IsSuccess);

        var set = harness.Requests[0];
        Assert.Equal(HttpMethod.Patch, set.Method);
        Assert.EndsWith("/guilds/9/members/11", set.Uri.AbsolutePath, StringComparison.Ordinal);
        using var setBody = JsonDocument.Parse(set.Body);
        Assert.Equal(until, setBody.RootElement.GetProperty("communication_disabled_until").GetDateTimeOffset());
        using var clearBody = JsonDocument.Parse(harness.Requests[1].Body);
        Assert.Equal(JsonValueKind.Null, clearBody.RootElement.GetProperty("communication_disabled_until").ValueKind);
    }

    [Fact]
    public async Task SlowmodeBanThreadAndDm_UseTheirRoutes()
    {
        var harness = new RestHarness(r => r.Uri.AbsolutePath.EndsWith("/users/@me/channels", StringComparison.Ordinal)
            ? StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"99","type":1}""")
            : r.Uri.AbsolutePath.EndsWith("/threads", StringComparison.Ordinal)
                ? StubHttpHandler.Json(HttpStatusCode.Created, """{"id":"123","guild_id":"9","parent_id":"7","type":11,"name":"talk"}""")
                : RestHarness.Ok());

        Assert.True((await harness.Client.SetSlowmodeAsync(Channel, 30, null)).IsSuccess);
        Assert.True((await harness.Client.BanMemberAsync(Guild, User, TimeSpan.FromDays(1), "raid")).IsSuccess);
        var thread = await harness.Client.CreateThreadFromMessageAsync(Channel, new MessageId(5), "talk");
        var dm = await harness.Client.SendDirectMessageAsync(User, new OutgoingMessage { Content = "You were warned." });

        Assert.True(thread.Value!.IsThread);
        Assert.Equal(new ChannelId(7), thread.Value.ParentId);
        Assert.True(dm.IsSuccess);
        var requests = harness.Requests;
        Assert.Equal("""{"rate_limit_per_user":30}""", requests[0].Body);
        Assert.Equal(HttpMethod.Patch, requests[0].Method);
        Assert.Equal("""{"delete_message_seconds":86400}""", requests[1].Body);
        Assert.EndsWith("/guilds/9/bans/11", requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/channels/7/messages/5/threads", requests[2].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("""{"recipient_id":"11"}""", requests[3].Body);
        Assert.EndsWith("/channels/99/messages", requests[4].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecentMessages_MapsMessagesAndPassesPaging()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.OK, "[" + Payloads.Message(2) + "," + Payloads.Message(1) + "]"));
        var result = await harness.Client.GetRecentMessagesAsync(Channel, 50, new MessageId(3));
        Assert.Equal([2UL, 1UL], result.Value!.Select(m => m.Id.Value));
        Assert.Equal(1, result.Value![0].AttachmentCount);
        Assert.Equal("?limit=50&before=3", harness.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task InteractionReplies_CarryTheEphemeralFlag()
    {
        var harness = new RestHarness(_ => StubHttpHandler.NoContent());
        var ephemeral = new OutgoingMessage { Content = "only you", Ephemeral = true };
        await harness.Client.RespondToInteractionAsync(new InteractionId(1), "tok/en", InteractionResponse.Reply(ephemeral));
        await harness.Client.RespondToInteractionAsync(new InteractionId(2), "tok", InteractionResponse.Defer(ephemeral: true));
        await harness.Client.EditOriginalResponseAsync(new ApplicationId(3), "tok", new OutgoingMessage { Content = "done" });

        var requests = harness.Requests;
        Assert.Equal("/api/v10/interactions/1/tok%2Fen/callback", requests[0].Uri.AbsolutePath);
        using var reply = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(4, reply.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, reply.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(0, reply.RootElement.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", requests[1].Body);
        Assert.Equal(HttpMethod.Patch, requests[2].Method);
        Assert.EndsWith("/webhooks/3/tok/messages/@original", requests[2].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_PostsToTheInteractionWebhook()
    {
        var harness = new RestHarness();
        var sent = await harness.Client.FollowUpAsync(new ApplicationId(3), "tok", new OutgoingMessage { Content = "more", Ephemeral = true });
        Assert.Equal(new MessageId(42), sent.Value!.Id);
        Assert.EndsWith("/webhooks/3/tok", harness.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(harness.Requests[0].Body);
        Assert.Equal(64, body.RootElement.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task OverwriteCommands_SendsPermissionsAsStringAndContexts()
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(HttpStatusCode.OK, "[]"));
        CommandDefinition[] commands =
        [
            new("warn", "Warn a member")
            {
                DefaultMemberPermissions = DiscordPermissions.ModerateMembers,
                Options =
                [
                    new CommandOptionDefinition(CommandOptionKind.User, "member", "Who", Required: true),
                    new CommandOptionDefinition(CommandOptionKind.Integer, "days", "How long") { Choices = [new CommandChoice("one", "1")] },
                ],
            },
            new("Report message", "", CommandKind.Message) { GuildOnly = false },
        ];
        Assert.True((await harness.Client.OverwriteGuildCommandsAsync(new ApplicationId(3), Guild, commands)).IsSuccess);
        Assert.True((await harness.Client.OverwriteGlobalCommandsAsync(new ApplicationId(3), commands)).IsSuccess);

        Assert.Equal(HttpMethod.Put, harness.Requests[0].Method);
        Assert.EndsWith("/applications/3/guilds/9/commands", harness.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/applications/3/commands", harness.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(harness.Requests[0].Body);
        var warn = body.RootElement[0];
        Assert.Equal("1099511627776", warn.GetProperty("default_member_permissions").GetString());
        Assert.Equal([0], warn.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1, warn.GetProperty("options")[1].GetProperty("choices")[0].GetProperty("value").GetInt32());
        var report = body.RootElement[1];
        Assert.Equal(3, report.GetProperty("type").GetInt32());
        Assert.Equal("", report.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("default_member_permissions").ValueKind);
        Assert.Equal([0, 1, 2], report.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Theory]
    [InlineData("Warn")]
    [InlineData("has space")]
    [InlineData("")]
    public async Task OverwriteCommands_BadName_IsInvalidAndNotSent(string name)
    {
        var harness = new RestHarness();
        var result = await harness.Client.OverwriteGlobalCommandsAsync(new ApplicationId(3), [new CommandDefinition(name, "d")]);
        Assert.Equal(DiscordErrorKind.Invalid, result.Error!.Kind);
        Assert.Empty(harness.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"message":"Missing Permissions","code":50013}""", DiscordErrorKind.Forbidden, 50013)]
    [InlineData(HttpStatusCode.NotFound, """{"message":"Unknown Message","code":10008}""", DiscordErrorKind.NotFound, 10008)]
    [InlineData(HttpStatusCode.BadRequest, """{"message":"Invalid Form Body","code":50035}""", DiscordErrorKind.Invalid, 50035)]
    public async Task ErrorStatus_MapsToKindAndKeepsTheJsonCode(HttpStatusCode status, string body, DiscordErrorKind kind, int code)
    {
        var harness = new RestHarness(_ => StubHttpHandler.Json(status, body));
        var result = await harness.Client.DeleteMessageAsync(Channel, new MessageId(5), null);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(code, result.Error.Code);
        Assert.Single(harness.Requests);
    }
}
