using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.Discord.Json.Dto;
using Bot.Discord.Logging;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// Asks GET /gateway/bot where to connect and how many shards to run, then runs this process's shards until the host
/// stops. All shards write to the one bounded channel of <see cref="DiscordGateway"/>.
/// </summary>
internal sealed class GatewayHostedService(
    DiscordRestClient rest,
    DiscordGateway gateway,
    IGatewayTransportFactory transports,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayHostedService> logger) : BackgroundService
{
    /// <summary>The random source for heartbeat and reconnect jitter; tests replace it to make timing exact.</summary>
    internal Random Random { get; init; } = Random.Shared;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var info = await GetGatewayBotAsync(stoppingToken);
            if (info is null || Plan(info) is not { } plan)
            {
                // Already logged as critical; a bot without a gateway only looks alive.
                lifetime.StopApplication();
                return;
            }
            var limit = info.SessionStartLimit;
            var identify = new IdentifyLimiter(time, logger, limit?.MaxConcurrency ?? 1, limit?.Remaining ?? int.MaxValue,
                TimeSpan.FromMilliseconds(limit?.ResetAfter ?? 0));
            Log.GatewayStarting(logger, string.Join(",", plan.ShardIds), plan.ShardCount, limit?.MaxConcurrency ?? 1, limit?.Remaining ?? -1);
            var shards = plan.ShardIds.Select(id => new GatewayShard(
                new GatewayShardContext(id, plan.ShardCount, options.Value.Token, GatewayIntents.Bot, identify, gateway.Writer, time, Random, logger),
                transports,
                plan.Url));
            await Task.WhenAll(shards.Select(s => RunShardAsync(s, stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        finally
        {
            // No shard is left to write: readers see the end of the stream instead of waiting forever.
            gateway.Writer.TryComplete();
        }
    }

    /// <summary>
    /// A fatal close code (bad token, disallowed intents, bad shard config) cannot be fixed by waiting, so the whole
    /// bot stops instead of running on without a gateway.
    /// </summary>
    private async Task RunShardAsync(GatewayShard shard, CancellationToken stoppingToken)
    {
        var outcome = await shard.RunAsync(stoppingToken);
        if (outcome.Action == ReconnectAction.Fatal)
        {
            Log.GatewayStoppingHost(logger, shard.ShardId);
            lifetime.StopApplication();
        }
    }

    private async Task<GatewayBotDto?> GetGatewayBotAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(Random);
        while (true)
        {
            var result = await rest.GetGatewayBotAsync(stoppingToken);
            if (result.IsSuccess)
                return result.Value;
            if (result.Error!.Kind is not (DiscordErrorKind.Transient or DiscordErrorKind.RateLimited))
            {
                Log.GatewayCannotStart(logger, result.Error.Message);
                return null;
            }
            var delay = backoff.Next();
            Log.GatewayBotFailed(logger, result.Error.Message, delay.TotalMilliseconds);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    private ShardPlan? Plan(GatewayBotDto info)
    {
        if (!Uri.TryCreate(info.Url, UriKind.Absolute, out var url))
        {
            Log.GatewayCannotStart(logger, "GET /gateway/bot returned no usable url");
            return null;
        }
        var count = options.Value.ShardCount > 0 ? options.Value.ShardCount : Math.Max(1, info.Shards);
        var ids = options.Value.ShardIds.Count > 0 ? options.Value.ShardIds.Distinct().Order().ToList() : Enumerable.Range(0, count).ToList();
        var outside = ids.Where(id => id < 0 || id >= count).ToList();
        if (outside.Count > 0)
        {
            Log.GatewayCannotStart(logger, string.Create(CultureInfo.InvariantCulture,
                $"Bot:Discord:ShardIds contains {string.Join(",", outside)}, outside 0..{count - 1} for ShardCount {count}"));
            return null;
        }
        return new ShardPlan(url, count, ids);
    }

    private sealed record ShardPlan(Uri Url, int ShardCount, IReadOnlyList<int> ShardIds);
}
