using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// One WebSocket connection of a shard, from Hello to close: heartbeats with ACK tracking, Identify or Resume,
/// dispatch delivery with replay de-duplication, and the opcodes that end a connection (7, 9, close frames).
/// </summary>
internal sealed class GatewayConnection(GatewayShardContext context, IGatewayTransport transport, GatewaySession session) : IDisposable
{
    /// <summary>A client-chosen close code outside 1000/1001, so Discord keeps the session resumable (docs: events/gateway#disconnecting).</summary>
    public const int ResumableCloseCode = 4000;

    /// <summary>How long a shutdown waits for the server to answer our close frame before cutting the socket.</summary>
    public static readonly TimeSpan CloseGracePeriod = TimeSpan.FromSeconds(5);

    private static readonly ConnectionOutcome HostStopping = new(ReconnectAction.Stop, "host stopping");

    private readonly GatewaySendLimiter _sendLimiter = new(context.Time);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    // On the injected clock, so the close grace period of a shutdown runs on fake time in tests.
    private readonly CancellationTokenSource _cts = new(Timeout.InfiniteTimeSpan, context.Time);
    private ConnectionOutcome? _outcome;
    private Task _heartbeat = Task.CompletedTask;
    private Task _shutdown = Task.CompletedTask;
    private volatile bool _awaitingAck;
    private volatile bool _delivering;

    /// <summary>True once READY or RESUMED arrived on this connection.</summary>
    public bool Established { get; private set; }

    public async Task<ConnectionOutcome> RunAsync(bool resume, CancellationToken stoppingToken)
    {
        var registration = stoppingToken.Register(static state => ((GatewayConnection)state!).BeginShutdown(), this);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            // After a shutdown's close frame the loop keeps reading, without handling frames, until the server's echo.
            while (_outcome is null || ReferenceEquals(_outcome, HostStopping))
            {
                buffer.ResetWrittenCount();
                var received = await transport.ReceiveAsync(buffer, _cts.Token);
                if (received.Closed)
                {
                    var code = received.CloseCode;
                    await FinishAsync(new ConnectionOutcome(CloseCodePolicy.Classify(code), CloseCodePolicy.Describe(code), code), clientCloseCode: null);
                    break;
                }
                if (_outcome is null)
                    await HandleFrameAsync(buffer.WrittenMemory, resume, _cts.Token);
            }
        }
        catch (OperationCanceledException) when (_cts.IsCancellationRequested)
        {
            if (stoppingToken.IsCancellationRequested)
                Interlocked.CompareExchange(ref _outcome, HostStopping, null);
        }
        catch (WebSocketException ex)
        {
            await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "connection dropped: " + ex.Message), clientCloseCode: null);
        }
        finally
        {
            await registration.DisposeAsync();
            await _shutdown;
            await _cts.CancelAsync();
            await WaitForHeartbeatAsync();
        }
        return _outcome ?? new ConnectionOutcome(ReconnectAction.Resume, "connection ended");
    }

    private async Task HandleFrameAsync(ReadOnlyMemory<byte> bytes, bool resume, CancellationToken cancellationToken)
    {
        GatewayFrame frame;
        try
        {
            frame = GatewayFrame.Parse(bytes);
        }
        catch (JsonException ex)
        {
            Log.MalformedFrame(context.Logger, ex, context.ShardId, bytes.Length);
            return;
        }
        switch (frame.Op)
        {
            case GatewayOpcode.Dispatch:
                await HandleDispatchAsync(frame, cancellationToken);
                break;
            case GatewayOpcode.Heartbeat:
                // The server asks for a heartbeat now, outside the interval (docs: events/gateway#sending-heartbeats).
                await SendHeartbeatAsync(cancellationToken);
                break;
            case GatewayOpcode.HeartbeatAck:
                _awaitingAck = false;
                break;
            case GatewayOpcode.Hello:
                await HandleHelloAsync(frame, resume, cancellationToken);
                break;
            case GatewayOpcode.Reconnect:
                await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "server asked to reconnect (op 7)"), ResumableCloseCode);
                break;
            case GatewayOpcode.InvalidSession:
                await HandleInvalidSessionAsync(frame);
                break;
            default:
                Log.UnknownOpcode(context.Logger, context.ShardId, frame.Op);
                break;
        }
    }

    private async Task HandleHelloAsync(GatewayFrame frame, bool resume, CancellationToken cancellationToken)
    {
        int intervalMs;
        try
        {
            intervalMs = DispatchDecoder.DecodeHeartbeatInterval(frame.Data.Span);
        }
        catch (JsonException ex)
        {
            Log.MalformedDispatch(context.Logger, ex, context.ShardId, "HELLO");
            await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "unreadable Hello"), ResumableCloseCode);
            return;
        }
        _heartbeat = HeartbeatLoopAsync(TimeSpan.FromMilliseconds(intervalMs), _cts.Token);
        if (resume && session.SessionId is { } sessionId)
        {
            await SendAsync(GatewayCommands.Resume(context.Token, sessionId, session.LastSequence), heartbeat: false, cancellationToken);
            return;
        }
        // The shard waited for its identify slot before connecting, so Identify goes out at once.
        session.Reset();
        await SendAsync(GatewayCommands.Identify(context.Token, context.Intents, context.ShardId, context.ShardCount), heartbeat: false, cancellationToken);
    }

    private async Task HandleInvalidSessionAsync(GatewayFrame frame)
    {
        if (frame.Data.Span.SequenceEqual("true"u8))
        {
            await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "session invalidated, resumable (op 9)"), ResumableCloseCode);
            return;
        }
        // Not resumable: wait a random 1–5 s before identifying again (docs: events/gateway-events#invalid-session).
        var delay = TimeSpan.FromSeconds(1 + (4 * context.Random.NextDouble()));
        await FinishAsync(new ConnectionOutcome(ReconnectAction.Reidentify, "session invalidated (op 9)", Delay: delay), 1000);
    }

    private async Task HandleDispatchAsync(GatewayFrame frame, CancellationToken cancellationToken)
    {
        if (frame.Sequence is { } sequence)
        {
            if (session.LastSequence is { } last && sequence <= last)
            {
                Log.DuplicateDispatch(context.Logger, context.ShardId, sequence, last);
                return;
            }
            session.LastSequence = sequence;
        }
        if (frame.EventName is not { } name)
            return;
        GatewayEvent? decoded;
        try
        {
            decoded = Decode(name, frame.Data.Span);
        }
        catch (JsonException ex)
        {
            Log.MalformedDispatch(context.Logger, ex, context.ShardId, name);
            return;
        }
        if (decoded is null)
        {
            Log.UnknownDispatch(context.Logger, context.ShardId, name);
            return;
        }
        // While the channel is full the loop waits here and cannot read ACKs; the heartbeat loop knows not to call that a zombie.
        _delivering = true;
        try
        {
            await context.Events.WriteAsync(decoded, cancellationToken);
        }
        finally
        {
            _delivering = false;
        }
    }

    private GatewayEvent? Decode(string name, ReadOnlySpan<byte> data)
    {
        switch (name)
        {
            case "READY":
                var (ready, sessionId, resumeUrl) = DispatchDecoder.DecodeReady(data, context.ShardId);
                session.Start(ready, sessionId, Uri.TryCreate(resumeUrl, UriKind.Absolute, out var url) ? url : null);
                Established = true;
                Log.ShardReady(context.Logger, context.ShardId, ready.Guilds.Count);
                return ready;
            case "RESUMED":
                Established = true;
                Log.ShardResumed(context.Logger, context.ShardId);
                return session.Ready is { } known ? known with { Resumed = true, ShardId = context.ShardId } : null;
            default:
                return DispatchDecoder.Decode(name, data, context.ShardId);
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // The first beat waits interval * jitter so shards do not beat in lockstep (docs: events/gateway#sending-heartbeats).
            await Task.Delay(interval * context.Random.NextDouble(), context.Time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested && _outcome is null)
            {
                if (_awaitingAck && !_delivering)
                {
                    Log.ShardZombie(context.Logger, context.ShardId);
                    await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "no heartbeat ACK (zombie connection)"), ResumableCloseCode);
                    return;
                }
                await SendHeartbeatAsync(cancellationToken);
                await Task.Delay(interval, context.Time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended; the receive loop decides what happens next.
        }
        catch (WebSocketException ex)
        {
            await FinishAsync(new ConnectionOutcome(ReconnectAction.Resume, "heartbeat send failed: " + ex.Message), clientCloseCode: null);
        }
    }

    private async Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        _awaitingAck = true;
        await SendAsync(GatewayCommands.Heartbeat(session.LastSequence), heartbeat: true, cancellationToken);
    }

    private async Task SendAsync(byte[] payload, bool heartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > GatewayCommands.MaxPayloadBytes)
            throw new InvalidOperationException($"A gateway payload of {payload.Length} bytes exceeds the {GatewayCommands.MaxPayloadBytes}-byte limit.");
        await _sendLimiter.AcquireAsync(heartbeat, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(payload, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void BeginShutdown() => _shutdown = ShutdownAsync();

    /// <summary>
    /// The host is stopping: close with 1000, which ends the session so the bot goes offline at once
    /// (docs: events/gateway#disconnecting). The close frame goes out while the receive loop still runs, because
    /// cancelling a WebSocket receive aborts the socket and no close frame would ever leave.
    /// </summary>
    private async Task ShutdownAsync()
    {
        if (Interlocked.CompareExchange(ref _outcome, HostStopping, null) is not null)
        {
            await _cts.CancelAsync();
            return;
        }
        await CloseQuietlyAsync(1000, HostStopping.Reason);
        _cts.CancelAfter(CloseGracePeriod);
    }

    /// <summary>Records the first outcome, closes the socket when we chose to end it, and stops the loops.</summary>
    private async Task FinishAsync(ConnectionOutcome outcome, int? clientCloseCode)
    {
        if (Interlocked.CompareExchange(ref _outcome, outcome, null) is not null)
            return;
        if (clientCloseCode is { } code)
            await CloseQuietlyAsync(code, outcome.Reason);
        await _cts.CancelAsync();
    }

    private async Task CloseQuietlyAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), context.Time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await transport.CloseAsync(code, reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The socket is being abandoned either way; a failed close frame changes nothing.
        }
    }

    private async Task WaitForHeartbeatAsync()
    {
        try
        {
            await _heartbeat;
        }
        catch (OperationCanceledException)
        {
            // Cancelled with the connection.
        }
    }

    public void Dispose()
    {
        _cts.Dispose();
        _sendLock.Dispose();
    }
}
