using Microsoft.Extensions.Logging;

namespace Bot.Discord.Logging;

/// <summary>The Discord client's log messages (event ids 1000–1099). None of them carries the token.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Error, "Discord rejected the bot token (401 on {Method} {Route}); the REST client stops and every later call fails fast")]
    public static partial void RestUnauthorized(ILogger logger, string method, string route);

    [LoggerMessage(1001, LogLevel.Warning, "Discord rate limit hit on {Method} {Route} (scope {Scope}, global {Global}); retrying after {RetryAfterMs} ms")]
    public static partial void RestRateLimited(ILogger logger, string method, string route, string scope, bool global, double retryAfterMs);

    [LoggerMessage(1002, LogLevel.Warning, "Discord answered {Status} on {Method} {Route}; retry {Attempt} after {DelayMs} ms")]
    public static partial void RestServerError(ILogger logger, int status, string method, string route, int attempt, double delayMs);

    [LoggerMessage(1003, LogLevel.Warning, "Discord request {Method} {Route} failed to reach the server; retry {Attempt} after {DelayMs} ms")]
    public static partial void RestNetworkError(ILogger logger, Exception exception, string method, string route, int attempt, double delayMs);

    [LoggerMessage(1004, LogLevel.Debug, "Bucket {Route} exhausted; waiting {DelayMs} ms for its reset")]
    public static partial void RestBucketWait(ILogger logger, string route, double delayMs);

    [LoggerMessage(1005, LogLevel.Warning, "Not sending {Method} {Route}: the invalid-request budget (401/403/429 in 10 minutes) is spent; held for {HeldMs} ms")]
    public static partial void RestInvalidRequestBudgetSpent(ILogger logger, string method, string route, double heldMs);

    [LoggerMessage(1010, LogLevel.Information, "Shard {ShardId} connecting to {Url} ({Mode})")]
    public static partial void ShardConnecting(ILogger logger, int shardId, string url, string mode);

    [LoggerMessage(1011, LogLevel.Information, "Shard {ShardId} ready: session established, {GuildCount} guilds")]
    public static partial void ShardReady(ILogger logger, int shardId, int guildCount);

    [LoggerMessage(1012, LogLevel.Information, "Shard {ShardId} resumed its session")]
    public static partial void ShardResumed(ILogger logger, int shardId);

    [LoggerMessage(1013, LogLevel.Warning, "Shard {ShardId} connection ended ({Reason}); next: {Action} in {DelayMs} ms")]
    public static partial void ShardReconnecting(ILogger logger, int shardId, string reason, string action, double delayMs);

    [LoggerMessage(1014, LogLevel.Critical, "Shard {ShardId} stopped for good: gateway close code {CloseCode} ({Meaning}). Fix the configuration and restart; the bot will not reconnect this shard")]
    public static partial void ShardFatal(ILogger logger, int shardId, int closeCode, string meaning);

    [LoggerMessage(1015, LogLevel.Warning, "Shard {ShardId} missed a heartbeat ACK: the connection is a zombie; reconnecting to resume")]
    public static partial void ShardZombie(ILogger logger, int shardId);

    [LoggerMessage(1016, LogLevel.Warning, "Shard {ShardId} skipped a malformed gateway frame ({Length} bytes)")]
    public static partial void MalformedFrame(ILogger logger, Exception exception, int shardId, int length);

    [LoggerMessage(1017, LogLevel.Warning, "Shard {ShardId} skipped {EventName}: the payload could not be decoded")]
    public static partial void MalformedDispatch(ILogger logger, Exception exception, int shardId, string eventName);

    [LoggerMessage(1018, LogLevel.Debug, "Shard {ShardId} ignored dispatch {EventName}")]
    public static partial void UnknownDispatch(ILogger logger, int shardId, string eventName);

    [LoggerMessage(1019, LogLevel.Debug, "Shard {ShardId} ignored replayed event with sequence {Sequence} (already delivered up to {LastSequence})")]
    public static partial void DuplicateDispatch(ILogger logger, int shardId, long sequence, long lastSequence);

    [LoggerMessage(1020, LogLevel.Warning, "Shard {ShardId} ignored unknown gateway opcode {Op}")]
    public static partial void UnknownOpcode(ILogger logger, int shardId, int op);

    [LoggerMessage(1021, LogLevel.Warning, "Shard {ShardId} could not connect to the gateway")]
    public static partial void ShardConnectFailed(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(1030, LogLevel.Information, "Gateway: running shards [{ShardIds}] of {ShardCount}; max_concurrency {MaxConcurrency}, {Remaining} identifies left")]
    public static partial void GatewayStarting(ILogger logger, string shardIds, int shardCount, int maxConcurrency, int remaining);

    [LoggerMessage(1031, LogLevel.Warning, "Gateway: GET /gateway/bot failed ({Error}); retrying in {DelayMs} ms")]
    public static partial void GatewayBotFailed(ILogger logger, string error, double delayMs);

    [LoggerMessage(1032, LogLevel.Critical, "Gateway: cannot start: {Error}")]
    public static partial void GatewayCannotStart(ILogger logger, string error);

    [LoggerMessage(1034, LogLevel.Information, "Gateway: shard {ShardId} cannot continue; stopping the bot")]
    public static partial void GatewayStoppingHost(ILogger logger, int shardId);

    [LoggerMessage(1033, LogLevel.Warning, "Gateway: identify quota used up; waiting {DelayMs} ms for session_start_limit to reset")]
    public static partial void IdentifyQuotaWait(ILogger logger, double delayMs);
}
