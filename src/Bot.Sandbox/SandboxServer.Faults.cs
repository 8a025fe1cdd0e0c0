using Bot.Sandbox.Rest;

namespace Bot.Sandbox;

/// <summary>Faults tests inject: dropped sockets, zombie connections, op 7, op 9, close codes, 429 storms and 5xx.</summary>
public sealed partial class SandboxServer
{
    /// <summary>Drops every gateway connection without a close frame; sessions stay resumable.</summary>
    public Task DropConnectionsAsync()
    {
        _hub.ForEachConnection(c => c.Abort());
        return Task.CompletedTask;
    }

    /// <summary>Stops (or resumes) acknowledging heartbeats, so the client sees a zombie connection.</summary>
    public void StopAcking(bool stop = true) => _hub.StopAcking = stop;

    /// <summary>Sends op 1: the client must heartbeat at once.</summary>
    public void RequestHeartbeat() => _hub.ForEachConnection(c => c.Enqueue("{\"op\":1,\"s\":null,\"t\":null,\"d\":null}"));

    /// <summary>Sends op 7 Reconnect on every connection.</summary>
    public void SendReconnect() => _hub.ForEachConnection(c => c.Enqueue("{\"op\":7,\"s\":null,\"t\":null,\"d\":null}"));

    /// <summary>Sends op 9 Invalid Session; when not <paramref name="resumable"/> the sessions are invalidated first.</summary>
    public void SendInvalidSession(bool resumable)
    {
        _hub.ForEachConnection(c =>
        {
            if (!resumable && c.Session is { } session)
            {
                _hub.Invalidate(session);
            }

            c.Enqueue(resumable ? "{\"op\":9,\"s\":null,\"t\":null,\"d\":true}" : "{\"op\":9,\"s\":null,\"t\":null,\"d\":false}");
        });
    }

    /// <summary>Closes every connection with <paramref name="code"/> (4007 and 4009 also end the session).</summary>
    public void CloseWith(int code, string reason = "Sandbox fault.") => _hub.ForEachConnection(c => c.Close(code, reason));

    /// <summary>
    /// Answers the next <paramref name="count"/> requests to <paramref name="route"/> (e.g.
    /// <c>"DELETE /channels/{channel_id}/messages/{message_id}"</c>) with 429, scope shared, and <paramref name="retryAfter"/>.
    /// </summary>
    public void Inject429Storm(string route, int count, TimeSpan? retryAfter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _faults.Add(route, new FaultInjector.Fault(429, count, retryAfter ?? TimeSpan.FromMilliseconds(100)));
    }

    /// <summary>Answers the next <paramref name="count"/> requests to <paramref name="route"/> with <paramref name="status"/> (5xx).</summary>
    public void Inject5xx(string route, int count, int status = 502)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        _faults.Add(route, new FaultInjector.Fault(status, count, TimeSpan.Zero));
    }
}
