using System.Net.WebSockets;
using Bot.Discord.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// One shard's life across connections: connect, resume or identify, and after each drop decide between resuming,
/// a new session, or stopping for good on a fatal close code (docs: events/gateway#resuming).
/// </summary>
internal sealed class GatewayShard(GatewayShardContext context, IGatewayTransportFactory transports, Uri gatewayUrl)
{
    private readonly GatewaySession _session = new();
    private readonly ReconnectBackoff _backoff = new(context.Random);

    public int ShardId => context.ShardId;

    /// <summary>Runs until the host stops or a fatal close code; returns how it ended.</summary>
    public async Task<ConnectionOutcome> RunAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            if (stoppingToken.IsCancellationRequested)
                return new ConnectionOutcome(ReconnectAction.Stop, "host stopping");
            var resume = _session.CanResume;
            var url = WithGatewayQuery(resume ? _session.ResumeUrl ?? gatewayUrl : gatewayUrl);
            Log.ShardConnecting(context.Logger, context.ShardId, url.GetLeftPart(UriPartial.Path), resume ? "resume" : "identify");
            var outcome = await ConnectOnceAsync(url, resume, stoppingToken);
            switch (outcome.Action)
            {
                case ReconnectAction.Stop:
                    return outcome;
                case ReconnectAction.Fatal:
                    Log.ShardFatal(context.Logger, context.ShardId, outcome.CloseCode ?? 0, outcome.Reason);
                    return outcome;
                case ReconnectAction.Reidentify:
                    _session.Reset();
                    break;
            }
            var delay = outcome.Delay ?? _backoff.Next();
            Log.ShardReconnecting(context.Logger, context.ShardId, outcome.Reason, _session.CanResume ? "resume" : "identify", delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, context.Time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return new ConnectionOutcome(ReconnectAction.Stop, "host stopping");
            }
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        await using var transport = transports.Create();
        try
        {
            await transport.ConnectAsync(url, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ReconnectAction.Stop, "host stopping");
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException)
        {
            Log.ShardConnectFailed(context.Logger, ex, context.ShardId);
            // Keep whatever session there is: a failed connect does not invalidate it.
            return new ConnectionOutcome(_session.CanResume ? ReconnectAction.Resume : ReconnectAction.Reidentify, "connect failed");
        }
        using var connection = new GatewayConnection(context, transport, _session);
        var outcome = await connection.RunAsync(resume, stoppingToken);
        if (connection.Established)
            _backoff.Reset();
        return outcome;
    }

    /// <summary>Every gateway URL, including resume_gateway_url, takes v=10 and encoding=json (docs: events/gateway#connecting).</summary>
    private static Uri WithGatewayQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
