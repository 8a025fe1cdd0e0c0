using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Sandbox;

/// <summary>The gateway client against the sandbox's real WebSocket gateway on 127.0.0.1.</summary>
public sealed class SandboxGatewayTests
{
    private const int OpIdentify = 2;
    private const int OpResume = 6;

    [Fact]
    public async Task Identify_Ready_MessageCreate_ArriveAsEvents()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var world = harness.World;

        var ready = await harness.StartGatewayAsync();
        var guild = await harness.NextAsync<GuildAvailable>();
        var posted = await harness.Sandbox.PostMessageAsync(world.Channel.Id, world.Member.Id, "Troops crossed into Kursk overnight");
        var created = await harness.NextAsync<MessageCreated>();

        Assert.Equal(harness.Sandbox.BotUserId, ready.BotUser.Id.Value);
        Assert.False(ready.Resumed);
        Assert.Equal(world.Guild.Id, guild.Guild.Id.Value);
        Assert.Equal(posted.Id, created.Message.Id.Value);
        Assert.Equal("Troops crossed into Kursk overnight", created.Message.Content);
        Assert.Equal(world.Member.Id, created.Message.Author.Id.Value);
        Assert.Equal(world.Guild.Id, created.Message.GuildId?.Value);
        Assert.Equal("/gateway?v=10&encoding=json", Assert.Single(harness.Sandbox.GatewayConnectionUrls));
        using var identify = JsonDocument.Parse(Assert.Single(harness.Sandbox.GatewayFrames, f => f.Op == OpIdentify).Json);
        // The gateway takes the raw token, without the REST "Bot " prefix.
        Assert.Equal(SandboxClientHarness.Token, identify.RootElement.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task DroppedSocket_ResumesAndReplaysMissedEvents_ExactlyOnce()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var (channel, member) = (harness.World.Channel.Id, harness.World.Member.Id);
        await harness.StartGatewayAsync();
        var before = await harness.Sandbox.PostMessageAsync(channel, member, "before the drop");
        Assert.Equal(before.Id, (await harness.NextAsync<MessageCreated>()).Message.Id.Value);

        await harness.Sandbox.DropConnectionsAsync();
        var missed = new[]
        {
            (await harness.Sandbox.PostMessageAsync(channel, member, "while down 1")).Id,
            (await harness.Sandbox.PostMessageAsync(channel, member, "while down 2")).Id,
        };
        var replayed = await harness.DriveAsync(ReadMessagesUntilResumedAsync(harness));
        var after = await harness.Sandbox.PostMessageAsync(channel, member, "after the resume");
        var next = await harness.NextAsync<MessageCreated>();

        Assert.Equal(missed, replayed);
        Assert.Equal(after.Id, next.Message.Id.Value);
        Assert.Equal(2, harness.Sandbox.GatewayConnectionUrls.Count);
        Assert.StartsWith("/resume?v=10&encoding=json", harness.Sandbox.GatewayConnectionUrls[1], StringComparison.Ordinal);
        Assert.Single(harness.Sandbox.GatewayFrames, f => f.Op == OpIdentify);
        using var resume = JsonDocument.Parse(Assert.Single(harness.Sandbox.GatewayFrames, f => f.Op == OpResume).Json);
        Assert.Equal(SandboxClientHarness.Token, resume.RootElement.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task ServerStopsAcking_ClientClosesResumablyAndResumes()
    {
        await using var harness = await SandboxClientHarness.CreateAsync(options => options.HeartbeatInterval = TimeSpan.FromSeconds(1));
        await harness.StartGatewayAsync();

        harness.Sandbox.StopAcking();
        await harness.DriveAsync(harness.Sandbox.WaitUntilAsync(() => harness.Sandbox.GatewayCloses.Count > 0));
        harness.Sandbox.StopAcking(false);
        var resumed = await harness.DriveAsync(harness.NextAsync<Ready>());

        var close = Assert.Single(harness.Sandbox.GatewayCloses);
        Assert.True(close.ByClient);
        // 1000 and 1001 would end the session; a zombie must keep it to resume (docs: events/gateway#sending-heartbeats).
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        Assert.True(resumed.Resumed);
        Assert.Single(harness.Sandbox.GatewayFrames, f => f.Op == OpResume);
        Assert.Contains(harness.Logs.Entries, e => e.Id.Id == 1015);
    }

    [Fact]
    public async Task HostStop_ClosesWith1000()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        await harness.StartGatewayAsync();

        await harness.StopAsync();
        await harness.Sandbox.WaitUntilAsync(() => harness.Sandbox.GatewayCloses.Count > 0).Within();

        var close = Assert.Single(harness.Sandbox.GatewayCloses);
        Assert.True(close.ByClient);
        Assert.Equal(1000, close.Code);
        Assert.Single(harness.Sandbox.GatewayConnectionUrls);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsClientAndHost_WithOneErrorAndNoReconnect(int code)
    {
        await using var harness = await SandboxClientHarness.CreateAsync(options =>
        {
            // 4014 for real: the "developer portal" has not enabled Message Content, which the bot asks for.
            if (code == 4014)
                options.AllowedPrivilegedIntents = Bot.Sandbox.GatewayIntents.GuildMembers;
        });
        if (code == 4014)
            await harness.Host.StartAsync();
        else
        {
            await harness.StartGatewayAsync();
            harness.Sandbox.CloseWith(code, "Authentication failed.");
        }

        var delivered = await DrainAsync(harness).Within();
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(harness.Lifetime.ApplicationStopping.IsCancellationRequested);
        var critical = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), critical.Message, StringComparison.Ordinal);
        Assert.Single(harness.Sandbox.GatewayConnectionUrls);
        Assert.Single(harness.Sandbox.GatewayFrames, f => f.Op == OpIdentify);
        Assert.DoesNotContain(delivered, e => e is MessageCreated);
    }

    [Fact]
    public async Task Token_NeverAppearsInLogs()
    {
        await using var harness = await SandboxClientHarness.CreateAsync();
        var world = harness.World;
        await harness.StartGatewayAsync();
        await harness.Sandbox.DropConnectionsAsync();
        await harness.DriveAsync(harness.NextAsync<Ready>());
        harness.Sandbox.Inject429Storm("GET /guilds/{guild_id}/roles", 1, TimeSpan.FromSeconds(1));
        Assert.True((await harness.DriveAsync(harness.Rest.GetRolesAsync(new GuildId(world.Guild.Id)))).IsSuccess);
        harness.Sandbox.CloseWith(4004, "Authentication failed.");
        await DrainAsync(harness).Within();

        // Info and above from connect, resume, a 429 and a fatal close: enough lines that a leak would show.
        Assert.True(harness.Logs.Entries.Count(e => e.Level >= LogLevel.Information) >= 5);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(SandboxClientHarness.Token, StringComparison.Ordinal));
    }

    /// <summary>Reads events until RESUMED (a resumed Ready), returning the ids of the messages replayed before it.</summary>
    private static async Task<ulong[]> ReadMessagesUntilResumedAsync(SandboxClientHarness harness)
    {
        var ids = new List<ulong>();
        while (true)
        {
            switch (await harness.Gateway.Events.ReadAsync())
            {
                case MessageCreated created:
                    ids.Add(created.Message.Id.Value);
                    break;
                case Ready { Resumed: true }:
                    return [.. ids];
            }
        }
    }

    /// <summary>Reads the event stream to its end: it ends only when the gateway service has stopped every shard.</summary>
    private static async Task<List<GatewayEvent>> DrainAsync(SandboxClientHarness harness)
    {
        var events = new List<GatewayEvent>();
        await foreach (var e in harness.Gateway.Events.ReadAllAsync())
            events.Add(e);
        return events;
    }
}
