using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Sandbox.Gateway;

/// <summary>
/// One client WebSocket: sends Hello, reads and validates commands (size, send rate, opcode, auth), answers
/// heartbeats and hands identify/resume to the hub. Outgoing frames go through one writer loop to keep order.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket, GatewayHub hub, SandboxOptions options, TimeProvider time)
{
    private readonly Channel<Outbound> _outbound = Channel.CreateUnbounded<Outbound>(new() { SingleReader = true });
    private DateTimeOffset _windowStart;
    private int _windowCount;
    private volatile bool _serverClosed;

    private volatile GatewaySession? _session;

    public GatewaySession? Session
    {
        get => _session;
        private set => _session = value;
    }

    public void Enqueue(string frame) => _outbound.Writer.TryWrite(new Outbound(frame, null, Echo: false));

    /// <summary>Sends a close frame with <paramref name="code"/>; the client's answer ends the read loop.</summary>
    public void Close(int code, string reason) => _outbound.Writer.TryWrite(new Outbound(null, (code, reason), Echo: false));

    /// <summary>Drops the TCP connection with no close frame, like a network failure.</summary>
    public void Abort()
    {
        _outbound.Writer.TryComplete();
        socket.Abort();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var writer = WriteLoopAsync(cancellationToken);
        Enqueue(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{{\"op\":10,\"s\":null,\"t\":null,\"d\":{{\"heartbeat_interval\":{(long)options.HeartbeatInterval.TotalMilliseconds}}}}}"));
        try
        {
            await ReadLoopAsync(cancellationToken);
        }
        catch (WebSocketException)
        {
            // The peer vanished; the session stays resumable.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
        finally
        {
            _outbound.Writer.TryComplete();
            hub.Unregister(this);
            await writer;
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[options.MaxGatewayPayloadBytes + 1];
        while (socket.State == WebSocketState.Open)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    Close(GatewayOpcodes.DecodeError, "Payload too large.");
                    return;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                OnClientClosed(socket.CloseStatus);
                return;
            }

            if (length > options.MaxGatewayPayloadBytes)
            {
                Close(GatewayOpcodes.DecodeError, "Payload too large.");
                return;
            }

            if (!CountSend())
            {
                Close(GatewayOpcodes.RateLimited, "You are being rate limited.");
                return;
            }

            if (!Handle(buffer.AsSpan(0, length)))
            {
                return;
            }
        }
    }

    private void OnClientClosed(WebSocketCloseStatus? status)
    {
        // Closing with 1000/1001 ends the session for good; any other code leaves it resumable.
        if (Session is { } session && status is WebSocketCloseStatus.NormalClosure or WebSocketCloseStatus.EndpointUnavailable)
        {
            hub.Invalidate(session);
        }

        if (!_serverClosed)
        {
            hub.RecordClose(byClient: true, (int)(status ?? WebSocketCloseStatus.Empty));
        }

        _outbound.Writer.TryWrite(new Outbound(null, ((int)(status ?? WebSocketCloseStatus.NormalClosure), ""), Echo: true));
    }

    private bool CountSend()
    {
        var now = time.GetUtcNow();
        if (_windowCount == 0 || now - _windowStart >= options.GatewaySendWindow)
        {
            _windowStart = now;
            _windowCount = 0;
        }

        return ++_windowCount <= options.GatewaySendLimit;
    }

    /// <summary>Handles one command; false when the connection is being closed.</summary>
    private bool Handle(ReadOnlySpan<byte> frame)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(frame.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Close(GatewayOpcodes.DecodeError, "Error while decoding payload.");
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || !op.TryGetInt32(out var opcode))
        {
            Close(GatewayOpcodes.DecodeError, "Error while decoding payload.");
            return false;
        }

        var data = root.TryGetProperty("d", out var d) ? d : default;
        hub.Record(opcode, root.GetRawText());
        switch (opcode)
        {
            case GatewayOpcodes.Heartbeat:
                if (!hub.StopAcking)
                {
                    Enqueue("{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
                }

                return true;
            case GatewayOpcodes.Identify:
                return Identify(data);
            case GatewayOpcodes.Resume:
                return Resume(data);
            case GatewayOpcodes.PresenceUpdate or GatewayOpcodes.VoiceStateUpdate or GatewayOpcodes.RequestGuildMembers:
                return RequireSession();
            default:
                Close(GatewayOpcodes.UnknownOpcode, "Unknown opcode.");
                return false;
        }
    }

    private bool RequireSession()
    {
        if (Session is not null)
        {
            return true;
        }

        Close(GatewayOpcodes.NotAuthenticated, "Not authenticated.");
        return false;
    }

    private bool Identify(JsonElement data)
    {
        if (Session is not null)
        {
            Close(GatewayOpcodes.AlreadyAuthenticated, "Already authenticated.");
            return false;
        }

        var request = IdentifyRequest.Parse(data);
        if (request.Error is { } error)
        {
            Close(error.Code, error.Reason);
            return false;
        }

        if (!string.Equals(request.Token, options.BotToken, StringComparison.Ordinal))
        {
            Close(GatewayOpcodes.AuthenticationFailed, "Authentication failed.");
            return false;
        }

        if ((request.Intents & ~GatewayIntents.AllKnown) != 0)
        {
            Close(GatewayOpcodes.InvalidIntents, "Invalid intent(s).");
            return false;
        }

        if ((request.Intents & GatewayIntents.Privileged & ~options.AllowedPrivilegedIntents) != 0)
        {
            Close(GatewayOpcodes.DisallowedIntents, "Disallowed intent(s).");
            return false;
        }

        Session = hub.Identify(this, request.ShardId, request.ShardCount, request.Intents);
        return true;
    }

    private bool Resume(JsonElement data)
    {
        if (Session is not null)
        {
            Close(GatewayOpcodes.AlreadyAuthenticated, "Already authenticated.");
            return false;
        }

        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("session_id", out var sessionId) || sessionId.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("seq", out var seq) || !seq.TryGetInt32(out var sequence))
        {
            Close(GatewayOpcodes.DecodeError, "Invalid resume payload.");
            return false;
        }

        if (!string.Equals(token.GetString(), options.BotToken, StringComparison.Ordinal))
        {
            Close(GatewayOpcodes.AuthenticationFailed, "Authentication failed.");
            return false;
        }

        var (outcome, session) = hub.Resume(this, sessionId.GetString()!, sequence);
        switch (outcome)
        {
            case ResumeOutcome.Resumed:
                Session = session;
                return true;
            case ResumeOutcome.InvalidSequence:
                Close(GatewayOpcodes.InvalidSeq, "Invalid seq.");
                return false;
            default:
                Enqueue("{\"op\":9,\"s\":null,\"t\":null,\"d\":false}");
                return true;
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in _outbound.Reader.ReadAllAsync(cancellationToken))
            {
                if (socket.State != WebSocketState.Open && socket.State != WebSocketState.CloseReceived)
                {
                    return;
                }

                if (item.Close is { } close)
                {
                    if (close.Code is GatewayOpcodes.InvalidSeq or GatewayOpcodes.SessionTimedOut && Session is { } session)
                    {
                        hub.Invalidate(session);
                    }

                    if (!item.Echo)
                    {
                        _serverClosed = true;
                        hub.RecordClose(byClient: false, close.Code);
                    }

                    await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, cancellationToken);
                    return;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(item.Frame!), WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        catch (WebSocketException)
        {
            // The peer vanished mid-send; the read loop ends the connection.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private sealed record Outbound(string? Frame, (int Code, string Reason)? Close, bool Echo);
}
