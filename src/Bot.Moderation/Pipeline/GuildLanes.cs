using System.Threading.Channels;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// One bounded queue and worker per lane: events of one lane run one at a time, in order; lanes run in parallel up to
/// a global limit. A full lane makes the writer wait, so the gateway slows rather than dropping events.
/// </summary>
internal sealed class GuildLanes(
    int capacity,
    int maxParallel,
    Func<GatewayEvent, CancellationToken, Task> handler,
    CancellationToken stoppingToken) : IAsyncDisposable
{
    private readonly Dictionary<LaneKey, Lane> _lanes = [];
    private readonly SemaphoreSlim _parallel = new(maxParallel, maxParallel);

    public int Count => _lanes.Count;

    /// <summary>Queues an event; only the single dispatcher loop calls this.</summary>
    public ValueTask EnqueueAsync(LaneKey key, GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (!_lanes.TryGetValue(key, out var lane))
        {
            var queue = Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(capacity)
            {
                SingleReader = true,
                SingleWriter = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
            lane = new Lane(queue, Task.Run(() => RunAsync(queue.Reader), CancellationToken.None));
            _lanes[key] = lane;
        }

        return lane.Queue.Writer.WriteAsync(gatewayEvent, cancellationToken);
    }

    /// <summary>Stops accepting events and waits for every lane to finish what it holds (or stop, when the host stops).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes.Values)
        {
            lane.Queue.Writer.TryComplete();
        }

        await Task.WhenAll(_lanes.Values.Select(l => l.Worker));
        _parallel.Dispose();
    }

    private async Task RunAsync(ChannelReader<GatewayEvent> reader)
    {
        try
        {
            await foreach (var gatewayEvent in reader.ReadAllAsync(stoppingToken))
            {
                await _parallel.WaitAsync(stoppingToken);
                try
                {
                    await handler(gatewayEvent, stoppingToken);
                }
                finally
                {
                    _parallel.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; what is left in the lane is dropped with the process.
        }
    }

    private sealed record Lane(Channel<GatewayEvent> Queue, Task Worker);
}
