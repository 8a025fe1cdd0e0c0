using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary>The gateway transport over <see cref="ClientWebSocket"/>: JSON text frames, no compression.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    public ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await _socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return new GatewayReceiveResult(true, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return GatewayReceiveResult.Message;
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Creates <see cref="WebSocketGatewayTransport"/>s.</summary>
internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
