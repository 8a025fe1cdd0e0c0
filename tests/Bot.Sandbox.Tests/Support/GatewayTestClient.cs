using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Sandbox.Tests.Support;

/// <summary>A raw gateway client over a real WebSocket: send JSON, receive frames, observe the close code.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromSeconds(20));

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<GatewayTestClient> ConnectAsync(Uri url)
    {
        var client = new GatewayTestClient();
        await client._socket.ConnectAsync(new Uri(url + "?v=10&encoding=json"), client._guard.Token);
        return client;
    }

    public Task SendAsync(JsonObject payload) => SendRawAsync(payload.ToJsonString());

    public Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, _guard.Token);

    /// <summary>The next frame, or null when the server closed the connection.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var stream = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, _guard.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            stream.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(stream.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Receives until a dispatch named <paramref name="name"/> arrives.</summary>
    public async Task<JsonObject> ReceiveDispatchAsync(string name)
    {
        while (await ReceiveAsync() is { } frame)
        {
            if (frame["t"]?.GetValue<string>() == name)
            {
                return frame;
            }
        }

        throw new InvalidOperationException($"Closed ({CloseStatus}) before {name}.");
    }

    /// <summary>Reads frames until the server closes; returns the close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!;
    }

    public Task IdentifyAsync(string token, long intents, int shardId = 0, int shardCount = 1) => SendAsync(new JsonObject
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["shard"] = new JsonArray(shardId, shardCount),
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "tests", ["device"] = "tests" },
        },
    });

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                // The whole handshake, not just our close frame: disposing right after sending it can reset the TCP
                // connection while frames the server sent are unread, and the server then never reads our close.
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", _guard.Token);
            }
            catch (WebSocketException)
            {
                // The server already dropped the connection (a fault under test).
            }
            catch (OperationCanceledException) when (_guard.IsCancellationRequested)
            {
                // The server never answered the close; the test's own assertions say what that means.
            }
        }

        _socket.Dispose();
        _guard.Dispose();
    }

    public void Abort() => _socket.Abort();
}
