using System.Text.RegularExpressions;
using Bot.Discord.Abstractions;
using Bot.Discord.Tests.Support;
using Bot.Sandbox;

namespace Bot.Discord.Tests.Sandbox;

/// <summary>The REST client against the sandbox's real HTTP server: its buckets, 429s and checks, on the shared fake clock.</summary>
public sealed partial class SandboxRestTests
{
    private const string DeleteRoute = "DELETE /channels/{channel_id}/messages/{message_id}";
    private const string RolesRoute = "GET /guilds/{guild_id}/roles";
    private const int RateLimitedLogId = 1001;

    [Fact]
    public async Task ThousandDeletesInOneChannel_LearnTheBucketAndNeverHit429()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var (channel, member) = (harness.World.Channel.Id, harness.World.Member.Id);
        var messages = new List<ulong>();
        for (var i = 0; i < 1000; i++)
            messages.Add((await harness.Sandbox.PostMessageAsync(channel, member, "spam " + i)).Id);

        var deletes = Task.WhenAll(messages.Select(id => harness.Rest.DeleteMessageAsync(new ChannelId(channel), new MessageId(id), "spam wave")));
        // One-second steps match the sandbox's 5-per-second delete bucket, so each step opens exactly one window.
        var results = await harness.DriveAsync(deletes, stepMs: 1000);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Equal(0, harness.Sandbox.RateLimitedResponseCount);
        Assert.Equal(1000, harness.Sandbox.Requests.Count(r => Key(r) == DeleteRoute && r.StatusCode == 204));
        Assert.All(messages, id => Assert.True(harness.Sandbox.IsDeleted(id)));
        // 1000 deletes at 5 per second cannot finish in under 199 seconds of (fake) time.
        var sent = harness.Sandbox.Requests.Select(r => r.ReceivedAt).ToList();
        Assert.True(sent[^1] - sent[0] >= TimeSpan.FromSeconds(199));
    }

    [Fact]
    public async Task SharedScope429Storm_WaitsRetryAfterInItsBucketOnly_ThenSucceeds()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var world = harness.World;
        var message = await harness.Sandbox.PostMessageAsync(world.Channel.Id, world.Member.Id, "to delete");
        harness.Sandbox.Inject429Storm(DeleteRoute, 2, TimeSpan.FromSeconds(1.5));

        var delete = harness.Rest.DeleteMessageAsync(new ChannelId(world.Channel.Id), new MessageId(message.Id), null);
        await harness.Logs.WaitForAsync(RateLimitedLogId);
        // A shared 429 limits that resource, not the bot: another route goes out at once, without time moving.
        var roles = await harness.Rest.GetRolesAsync(new GuildId(world.Guild.Id)).Within();
        var deleted = await harness.DriveAsync(delete);

        Assert.True(roles.IsSuccess);
        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        Assert.True(harness.Sandbox.IsDeleted(message.Id));
        var attempts = harness.Sandbox.Requests.Where(r => Key(r) == DeleteRoute).ToList();
        Assert.Equal([429, 429, 204], attempts.Select(a => a.StatusCode));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(1.5));
        Assert.True(attempts[2].ReceivedAt - attempts[1].ReceivedAt >= TimeSpan.FromSeconds(1.5));
        Assert.Equal(attempts[0].ReceivedAt, harness.Sandbox.Requests.Single(r => Key(r) == RolesRoute).ReceivedAt);
    }

    [Fact]
    public async Task GlobalScope429_PausesEveryRoute_UntilRetryAfter()
    {
        // The sandbox's global limit is set below the client's 50/s, so the client meets a real global 429.
        await using var harness = await SandboxClientHarness.CreateAsync(options => options.GlobalRequestsPerSecond = 2);
        var world = harness.World;
        var (guild, channel) = (new GuildId(world.Guild.Id), new ChannelId(world.Channel.Id));
        Assert.True((await harness.Rest.GetRolesAsync(guild).Within()).IsSuccess);
        Assert.True((await harness.Rest.GetRecentMessagesAsync(channel, 10).Within()).IsSuccess);

        var send = harness.Rest.SendMessageAsync(channel, new OutgoingMessage { Content = "third request this second" });
        await harness.Logs.WaitForAsync(RateLimitedLogId);
        var member = harness.Rest.GetMemberAsync(guild, new UserId(world.Member.Id));
        var results = await harness.DriveAsync(Task.WhenAll(send.ContinueWith(t => t.Result.IsSuccess, TaskScheduler.Default), member.ContinueWith(t => t.Result.IsSuccess, TaskScheduler.Default)));

        Assert.Equal([true, true], results);
        var requests = harness.Sandbox.Requests;
        var limited = Assert.Single(requests, r => r.StatusCode == 429);
        Assert.Equal(1, harness.Sandbox.RateLimitedResponseCount);
        // Nothing at all went out during the pause: the member lookup, on a route that never saw a 429, waited too.
        Assert.All(requests.SkipWhile(r => r != limited).Skip(1), r => Assert.True(r.ReceivedAt >= limited.ReceivedAt + TimeSpan.FromSeconds(1)));
        Assert.Contains(harness.Logs.Entries, e => e.Id.Id == RateLimitedLogId && e.Message.Contains("global True", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unauthorized_StopsTheClient_NoFurtherRequests()
    {
        await using var harness = await SandboxClientHarness.CreateAsync(clientToken: "revoked-token");
        var world = harness.World;

        var first = await harness.Rest.GetRolesAsync(new GuildId(world.Guild.Id)).Within();
        var second = await harness.Rest.SendMessageAsync(new ChannelId(world.Channel.Id), new OutgoingMessage { Content = "hello" }).Within();

        Assert.Equal(DiscordErrorKind.Unauthorized, first.Error?.Kind);
        Assert.Equal(DiscordErrorKind.Unauthorized, second.Error?.Kind);
        Assert.Equal(401, Assert.Single(harness.Sandbox.Requests).StatusCode);
        Assert.Empty(harness.Sandbox.GetMessages(world.Channel.Id));
    }

    [Fact]
    public async Task ExpiredInteractionToken_401_DoesNotStopTheClient()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var world = harness.World;
        var handle = await harness.Sandbox.InvokeSlashCommandAsync(world.Guild.Id, world.Channel.Id, world.Owner.Id, "news");
        var application = new Bot.Discord.Abstractions.ApplicationId(harness.Sandbox.ApplicationId);
        var deferred = await harness.Rest.RespondToInteractionAsync(new InteractionId(handle.Id), handle.Token,
            new InteractionResponse(InteractionResponseKind.DeferredChannelMessage)).Within();

        harness.Time.Advance(TimeSpan.FromMinutes(16));
        var late = await harness.Rest.FollowUpAsync(application, handle.Token, new OutgoingMessage { Content = "too late" }).Within();
        var roles = await harness.Rest.GetRolesAsync(new GuildId(world.Guild.Id)).Within();

        Assert.True(deferred.IsSuccess, deferred.Error?.Message);
        Assert.Equal(50027, late.Error?.Code);
        Assert.True(roles.IsSuccess, roles.Error?.Message);
    }

    [Fact]
    public async Task Requests_CarryBotAuth_UserAgent_EncodedAuditReason_AndMatchTheOpenApiSchema()
    {
        await using var harness = await SandboxClientHarness.CreateAsync(options => options.StrictOpenApi = true);
        var world = harness.World;
        var channel = new ChannelId(world.Channel.Id);
        var message = await harness.Sandbox.PostMessageAsync(world.Channel.Id, world.Member.Id, "rude");
        const string reason = "Incivility 0.92 — «insult», case #12 & strike 2/3";

        Assert.True((await harness.Rest.SendMessageAsync(channel, new OutgoingMessage
        {
            Content = "Summary",
            Embeds = [new Embed { Title = "Kursk", Description = "Troops", Fields = [new EmbedField("Source", "BBC")] }],
        }).Within()).IsSuccess);
        Assert.True((await harness.Rest.DeleteMessageAsync(channel, new MessageId(message.Id), reason).Within()).IsSuccess);

        var requests = harness.Sandbox.Requests;
        Assert.All(requests, r =>
        {
            Assert.Equal("Bot " + SandboxClientHarness.Token, r.Headers["Authorization"]);
            Assert.Matches(UserAgentPattern(), r.Headers["User-Agent"]);
        });
        Assert.StartsWith("application/json", requests[0].Headers["Content-Type"], StringComparison.Ordinal);
        var header = requests.Single(r => Key(r) == DeleteRoute).Headers["X-Audit-Log-Reason"];
        Assert.Equal(Uri.EscapeDataString(reason), header);
        Assert.All(header, c => Assert.True(char.IsAscii(c)));
        Assert.Equal(reason, Assert.Single(harness.Sandbox.GetAuditLog(world.Guild.Id)).Reason);
        Assert.Empty(harness.Sandbox.SchemaViolations);
    }

    [Fact]
    public async Task ContentAndEmbedLimits_AreRefusedBeforeSending()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var channel = new ChannelId(harness.World.Channel.Id);
        OutgoingMessage[] overLimit =
        [
            new() { Content = new string('a', 2001) },
            new() { Embeds = [.. Enumerable.Range(0, 11).Select(i => new Embed { Title = "t" + i })] },
            new() { Embeds = [new Embed { Description = new string('d', 4097) }] },
            new() { Embeds = [.. Enumerable.Range(0, 2).Select(_ => new Embed { Description = new string('d', 3001) })] },
            new() { Embeds = [new Embed { Fields = [new EmbedField("name", new string('v', 1025))] }] },
        ];

        foreach (var message in overLimit)
        {
            var result = await harness.Rest.SendMessageAsync(channel, message).Within();
            Assert.Equal(DiscordErrorKind.Invalid, result.Error?.Kind);
        }

        Assert.Empty(harness.Sandbox.Requests);
        Assert.True((await harness.Rest.SendMessageAsync(channel, new OutgoingMessage { Content = new string('a', 2000) }).Within()).IsSuccess);
    }

    [Fact]
    public async Task EditWithoutEmbedsOrButtons_RemovesThem_WhileContentLeftNullIsKept()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var channel = new ChannelId(harness.World.Channel.Id);
        var sent = await harness.Rest.SendMessageAsync(channel, new OutgoingMessage
        {
            Content = "case #7",
            Embeds = [new Embed { Title = "Case #7" }],
            Components = [new ActionRow([new Button(ButtonStyle.Danger, "Undo", "modlog:undo:7")])],
        }).Within();
        Assert.True(sent.IsSuccess, sent.Error?.Message);
        var id = sent.Value!.Id;
        Assert.Single(harness.Sandbox.GetMessage(id.Value).Components);

        var withoutButtons = await harness.Rest.EditMessageAsync(channel, id, new OutgoingMessage { Embeds = [new Embed { Title = "Case #7 (undone)" }] }).Within();
        Assert.True(withoutButtons.IsSuccess, withoutButtons.Error?.Message);
        var edited = harness.Sandbox.GetMessage(id.Value);
        Assert.Empty(edited.Components);
        Assert.Equal("Case #7 (undone)", edited.Embeds.Single()!["title"]!.GetValue<string>());
        Assert.Equal("case #7", edited.Content);

        Assert.True((await harness.Rest.EditMessageAsync(channel, id, new OutgoingMessage { Content = "closed" }).Within()).IsSuccess);
        edited = harness.Sandbox.GetMessage(id.Value);
        Assert.Empty(edited.Embeds);
        Assert.Equal("closed", edited.Content);
        Assert.Empty(harness.Sandbox.SchemaViolations);
    }

    /// <summary>A recorded request as "METHOD /template", the form the sandbox's fault routes use.</summary>
    private static string Key(Bot.Sandbox.Model.RecordedRequest request) => request.Method + " " + request.Route;

    [GeneratedRegex(@"^DiscordBot \(https?://[^\s,]+, [0-9][0-9.]*\)$")]
    private static partial Regex UserAgentPattern();
}
