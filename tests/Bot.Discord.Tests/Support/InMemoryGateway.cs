using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Support;

/// <summary>A scripted gateway server: each client connection is an <see cref="InMemoryConnection"/> the test talks to.</summary>
internal sealed class InMemoryGatewayServer(TimeProvider time) : IGatewayTransportFactory
{
    private readonly Channel<InMemoryConnection> _connections = Channel.CreateUnbounded<InMemoryConnection>();
    private int _created;

    public int ConnectionCount => Volatile.Read(ref _created);

    public IGatewayTransport Create()
    {
        Interlocked.Increment(ref _created);
        return new InMemoryConnection(time, _connections.Writer);
    }

    /// <summary>The next connection the client opens (after ConnectAsync).</summary>
    public Task<InMemoryConnection> NextConnectionAsync() => _connections.Reader.ReadAsync().AsTask();
}

/// <summary>One in-memory socket: the test sends frames or closes; the client's sends are readable as JSON.</summary>
internal sealed class InMemoryConnection(TimeProvider time, ChannelWriter<InMemoryConnection> announce) : IGatewayTransport
{
    private readonly Channel<object> _toClient = Channel.CreateUnbounded<object>();
    private readonly Channel<JsonElement> _fromClient = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int> _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri? Url { get; private set; }

    /// <summary>Answers each heartbeat with an ACK, as a healthy gateway does; turn off to play a zombie connection.</summary>
    public bool AutoAck { get; set; } = true;
    public DateTimeOffset ConnectedAt { get; private set; }

    /// <summary>The close code the client sent, when it closes the connection itself.</summary>
    public Task<int> ClientClosed => _clientClosed.Task;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        Url = url;
        ConnectedAt = time.GetUtcNow();
        announce.TryWrite(this);
        return Task.CompletedTask;
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement.Clone();
        if (AutoAck && root.GetProperty("op").GetInt32() == GatewayOpcode.Heartbeat)
            Send("{\"op\":11,\"d\":null}");
        _fromClient.Writer.TryWrite(root);
        return ValueTask.CompletedTask;
    }

    public async ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        var item = await _toClient.Reader.ReadAsync(cancellationToken);
        switch (item)
        {
            case byte[] frame:
                buffer.Write(frame);
                return GatewayReceiveResult.Message;
            case int code:
                return new GatewayReceiveResult(true, code, "closed by test");
            default:
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "dropped by test");
        }
    }

    public Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        _clientClosed.TrySetResult(code);
        // A real server echoes the close frame; a client waiting for the echo then sees its receive end.
        _toClient.Writer.TryWrite(code);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Send(string json) => _toClient.Writer.TryWrite(Encoding.UTF8.GetBytes(json));

    public void SendHello(int intervalMs = 41_250) => Send($$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""");

    public void SendDispatch(string eventName, long sequence, string data) =>
        Send($$"""{"op":0,"s":{{sequence}},"t":"{{eventName}}","d":{{data}}}""");

    public void Close(int code) => _toClient.Writer.TryWrite(code);

    /// <summary>Drops the socket without a close frame.</summary>
    public void Drop() => _toClient.Writer.TryWrite(new object());

    /// <summary>The next payload the client sent.</summary>
    public Task<JsonElement> ReceiveFromClientAsync() => _fromClient.Reader.ReadAsync().AsTask();

    /// <summary>The next payload that is not a heartbeat.</summary>
    public async Task<JsonElement> ReceiveCommandAsync()
    {
        while (true)
        {
            var payload = await ReceiveFromClientAsync();
            if (payload.GetProperty("op").GetInt32() != GatewayOpcode.Heartbeat)
                return payload;
        }
    }

    /// <summary>The next payload with <paramref name="op"/>, skipping others (e.g. heartbeats).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op)
    {
        while (true)
        {
            var payload = await ReceiveFromClientAsync();
            if (payload.GetProperty("op").GetInt32() == op)
                return payload;
        }
    }
}
