using System.Threading.Channels;
using Bot.Discord.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>What one shard needs from its host: identity, token, limits shared with other shards, and the event channel.</summary>
internal sealed record GatewayShardContext(
    int ShardId,
    int ShardCount,
    string Token,
    int Intents,
    IdentifyLimiter IdentifyLimiter,
    ChannelWriter<GatewayEvent> Events,
    TimeProvider Time,
    Random Random,
    ILogger Logger);

/// <summary>How a connection ended and what the shard does next; <see cref="Delay"/> overrides the backoff.</summary>
internal sealed record ConnectionOutcome(ReconnectAction Action, string Reason, int? CloseCode = null, TimeSpan? Delay = null);
