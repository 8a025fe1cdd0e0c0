using System.Net;
using System.Net.Http.Headers;
using Bot.Discord.Abstractions;
using Bot.Discord.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

/// <summary>
/// Sends REST requests within Discord's limits: per-bucket waits learned from headers, the global limit, 429 retries,
/// bounded 5xx retries with backoff, and a permanent stop after a 401 (docs: topics/rate-limits#invalid-request-limit).
/// </summary>
internal sealed class RestRequestSender(
    IHttpClientFactory httpClientFactory,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<RestRequestSender> logger,
    int invalidRequestBudget = InvalidRequestGuard.DefaultBudget)
{
    public const string HttpClientName = "Bot.Discord.Rest";
    public const string UserAgent = "DiscordBot (https://github.com/newsmod/newsmod, 1.0)";
    public const int MaxRateLimitRetries = 5;
    public const int MaxServerRetries = 3;
    private static readonly TimeSpan FirstServerRetryDelay = TimeSpan.FromSeconds(1);

    private readonly RateLimitRegistry _registry = new();
    private readonly GlobalRateLimiter _global = new(time);
    private readonly InvalidRequestGuard _invalid = new(time, invalidRequestBudget);
    private readonly Uri _baseUrl = WithTrailingSlash(options.Value.ApiBaseUrl);
    private readonly string _token = options.Value.Token;
    private volatile bool _unauthorized;

    /// <summary>True once Discord rejected the token; every later call fails fast without reaching Discord.</summary>
    public bool IsStopped => _unauthorized;

    public async Task<DiscordResult<byte[]>> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        if (_unauthorized)
            return StoppedError();
        var bucket = _registry.GetBucket(request.Route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            return await SendInBucketAsync(request, bucket, cancellationToken);
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private async Task<DiscordResult<byte[]>> SendInBucketAsync(RestRequest request, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        var rateLimitRetries = 0;
        var serverRetries = 0;
        var route = request.Route;
        while (true)
        {
            if (_unauthorized)
                return StoppedError();
            if (_invalid.HeldFor() is var held && held > TimeSpan.Zero)
            {
                Log.RestInvalidRequestBudgetSpent(logger, route.Method.Method, route.Template, held.TotalMilliseconds);
                return new DiscordError(DiscordErrorKind.RateLimited, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Not sent: too many 401/403/429 answers in 10 minutes; Discord would ban the IP. Requests resume in {held.TotalSeconds:0} s."));
            }
            var wait = bucket.DelayBeforeNext(time.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                Log.RestBucketWait(logger, route.RouteId, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
            }
            if (!route.IsInteraction)
                await _global.AcquireAsync(cancellationToken);

            HttpResponseMessage response;
            try
            {
                using var message = BuildMessage(request);
                response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(message, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                if (serverRetries >= MaxServerRetries)
                    return new DiscordError(DiscordErrorKind.Transient, $"Discord unreachable on {route.RouteId}: {ex.Message}");
                var delay = ServerRetryDelay(serverRetries++);
                Log.RestNetworkError(logger, ex, route.Method.Method, route.Template, serverRetries, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                ApplyBucketHeaders(route, bucket, response);
                _invalid.Record(response.StatusCode, RestResponseReader.Header(response, "X-RateLimit-Scope"));
                if (response.IsSuccessStatusCode)
                    return DiscordResult<byte[]>.Ok(body);

                var status = response.StatusCode;
                var error = RestResponseReader.ErrorBody(body);
                if (status == HttpStatusCode.TooManyRequests)
                {
                    if (rateLimitRetries++ >= MaxRateLimitRetries)
                        return RestResponseReader.ToError(status, error, route);
                    HandleTooManyRequests(route, bucket, response, error);
                    continue;
                }
                // Interaction routes authenticate by the token in their path: a 401 there is an expired interaction token
                // (50027, after 15 min), not a revoked bot token, and must not stop the client.
                if (status == HttpStatusCode.Unauthorized && !route.IsInteraction)
                {
                    _unauthorized = true;
                    Log.RestUnauthorized(logger, route.Method.Method, route.Template);
                    return RestResponseReader.ToError(status, error, route);
                }
                if ((int)status >= 500 && serverRetries < MaxServerRetries)
                {
                    var delay = ServerRetryDelay(serverRetries++);
                    Log.RestServerError(logger, (int)status, route.Method.Method, route.Template, serverRetries, delay.TotalMilliseconds);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }
                return RestResponseReader.ToError(status, error, route);
            }
        }
    }

    private HttpRequestMessage BuildMessage(RestRequest request)
    {
        var message = new HttpRequestMessage(request.Route.Method, new Uri(_baseUrl, request.Path));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (!string.IsNullOrWhiteSpace(request.AuditReason))
            message.Headers.TryAddWithoutValidation("X-Audit-Log-Reason", AuditReason.Encode(request.AuditReason));
        if (request.JsonBody is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return message;
    }

    private void ApplyBucketHeaders(RouteKey route, RateLimitBucket bucket, HttpResponseMessage response)
    {
        if (RestResponseReader.Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash)
            _registry.LearnHash(route, hash, bucket);
        var remaining = RestResponseReader.Header(response, "X-RateLimit-Remaining");
        var resetAfter = RestResponseReader.SecondsHeader(response, "X-RateLimit-Reset-After");
        if (int.TryParse(remaining, System.Globalization.CultureInfo.InvariantCulture, out var left) && resetAfter is { } seconds)
            bucket.Update(left, TimeSpan.FromSeconds(seconds), time.GetUtcNow());
    }

    private void HandleTooManyRequests(RouteKey route, RateLimitBucket bucket, HttpResponseMessage response, Json.Dto.ErrorBodyDto? body)
    {
        // retry_after in the body is in seconds with decimals; the Retry-After header is the fallback.
        var seconds = body?.RetryAfter ?? RestResponseReader.SecondsHeader(response, "Retry-After") ?? 1;
        var retryAfter = TimeSpan.FromSeconds(Math.Max(seconds, 0));
        var scope = RestResponseReader.Header(response, "X-RateLimit-Scope") ?? "user";
        var global = body?.Global == true
            || string.Equals(RestResponseReader.Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || scope == "global";
        // The bucket waits either way, so a route exempt from the global limiter still honours a global 429.
        bucket.Exhaust(retryAfter, time.GetUtcNow());
        if (global)
            _global.Pause(retryAfter);
        // Logged once the waits are in place, so whoever reads the log sees limits already in force.
        Log.RestRateLimited(logger, route.Method.Method, route.Template, scope, global, retryAfter.TotalMilliseconds);
    }

    private static TimeSpan ServerRetryDelay(int attempt) => FirstServerRetryDelay * Math.Pow(2, attempt);

    private static DiscordError StoppedError() =>
        new(DiscordErrorKind.Unauthorized, "The Discord client stopped after Discord rejected the bot token (401).");

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
