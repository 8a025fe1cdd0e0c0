using System.Threading.Channels;
using Bot.Discord.Abstractions;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Gateway;

/// <summary>One shard against the in-memory gateway on fake time, with its events readable.</summary>
internal sealed class ShardHarness : IAsyncDisposable
{
    public const string Token = "test-token";
    public const int HeartbeatMs = 1000;
    public static readonly Uri GatewayUrl = new("ws://gateway.test/");

    private readonly CancellationTokenSource _cts = new();

    public ShardHarness(int shardId = 0, int shardCount = 1)
    {
        Server = new InMemoryGatewayServer(Time);
        var context = new GatewayShardContext(shardId, shardCount, Token, GatewayIntents.Bot,
            new IdentifyLimiter(Time, Logger, 1, 1000, TimeSpan.Zero), Events.Writer, Time, new FixedRandom(0.5), Logger);
        Shard = new GatewayShard(context, Server, GatewayUrl);
    }

    public FakeTimeProvider Time { get; } = FakeTime.Create();
    public InMemoryGatewayServer Server { get; }
    public Channel<GatewayEvent> Events { get; } = Channel.CreateBounded<GatewayEvent>(1000);
    public ListLogger<GatewayShard> Logger { get; } = new();
    public GatewayShard Shard { get; }
    public Task<ConnectionOutcome> Run { get; private set; } = Task.FromResult(new ConnectionOutcome(ReconnectAction.Stop, "not started"));

    public void Start() => Run = Shard.RunAsync(_cts.Token);

    /// <summary>Accepts the first connection, answers Identify with READY and returns the connection.</summary>
    public async Task<InMemoryConnection> ConnectAndIdentifyAsync(string sessionId = "session-1")
    {
        var connection = await Server.NextConnectionAsync().Within();
        connection.SendHello(HeartbeatMs);
        await connection.ReceiveOpAsync(GatewayOpcode.Identify).Within();
        connection.SendDispatch("READY", 1, Payloads.Ready(sessionId));
        Assert.IsType<Ready>(await NextEventAsync());
        return connection;
    }

    /// <summary>The next connection, after driving fake time through the reconnect delay.</summary>
    public Task<InMemoryConnection> NextConnectionAsync() =>
        Time.DriveAsync(Server.NextConnectionAsync(), TimeSpan.FromMilliseconds(250));

    public Task<GatewayEvent> NextEventAsync() => Events.Reader.ReadAsync().AsTask().Within();

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
        _cts.Dispose();
    }
}
