using System.Buffers;

namespace Bot.Discord.Gateway;

/// <summary>One WebSocket connection to the gateway; a seam so state-machine tests run on an in-memory transport.</summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Sends one text message.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Receives one whole text message into <paramref name="buffer"/>, or reports the close frame.</summary>
    /// <exception cref="System.Net.WebSockets.WebSocketException">The connection dropped without a close frame.</exception>
    ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="code"/>; 1000/1001 end the session, any other code keeps it resumable.</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);
}

/// <summary>A received message, or the server's close frame (code null when the socket closed without one).</summary>
internal readonly record struct GatewayReceiveResult(bool Closed, int? CloseCode = null, string? CloseReason = null)
{
    public static GatewayReceiveResult Message => new(false);
}

/// <summary>Creates a fresh transport for each connection attempt.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
