using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Sandbox.Model;
using Bot.Sandbox.OpenApi;
using Bot.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Bot.Sandbox.Rest;

/// <summary>
/// Runs every REST request the same way: record it, check the bot token, apply injected faults, the global limit
/// and the route's bucket (with real headers), check the body against the OpenAPI schema in strict mode, then call
/// the handler under the world lock.
/// </summary>
internal sealed class RestPipeline(World world, RateLimiter limiter, FaultInjector faults, RequestLog log, OpenApiValidator? validator)
{
    public async Task HandleAsync(HttpContext context, RouteSpec spec, Func<RestRequest, RestResult> handler)
    {
        var bodyText = await ReadBodyAsync(context.Request);
        var ownLimit = false;
        var result = Process(context, spec, bodyText);
        context.Response.StatusCode = result.Status;
        log.Add(new RecordedRequest(
            spec.Method,
            spec.Template,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            bodyText,
            result.Status,
            world.Now));
        if (ownLimit)
        {
            log.CountRateLimited();
        }

        if (result.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(result.Body.ToJsonString(), context.RequestAborted);
        }

        lock (world.Sync)
        {
            world.Changed.Raise();
        }

        RestResult Process(HttpContext ctx, RouteSpec route, string text)
        {
            if (route.RequiresAuth && !string.Equals(ctx.Request.Headers.Authorization.ToString(), "Bot " + world.Options.BotToken, StringComparison.Ordinal))
            {
                return RestResult.Error(401, 0, "401: Unauthorized");
            }

            if (faults.Take(route.Key) is { } fault)
            {
                return Faulted(ctx, fault);
            }

            var major = string.Join('/', route.MajorParameters.Select(p => ctx.Request.RouteValues.TryGetValue(p, out var v) ? v as string : ""));
            var decision = limiter.Acquire(route, major);
            WriteHeaders(ctx.Response, decision);
            if (!decision.Allowed)
            {
                ownLimit = true;
                return new RestResult(429, new JsonObject
                {
                    ["message"] = "You are being rate limited.",
                    ["retry_after"] = Math.Round(decision.ResetAfter.TotalSeconds, 3),
                    ["global"] = decision.Global,
                });
            }

            JsonNode? body = null;
            if (text.Length > 0)
            {
                try
                {
                    body = JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return RestResult.Error(400, 50109, "The request body contains invalid JSON.");
                }

                validator?.Validate(route, body);
            }

            var reason = ctx.Request.Headers.TryGetValue("X-Audit-Log-Reason", out var raw) ? Uri.UnescapeDataString(raw.ToString()) : null;
            try
            {
                lock (world.Sync)
                {
                    return handler(new RestRequest(ctx, world, body, reason));
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
            {
                // A body whose shape the handler did not expect (e.g. an array where an object belongs): Discord answers 400.
                return RestResult.Error(400, 50035, "Invalid Form Body");
            }
        }
    }

    private static RestResult Faulted(HttpContext context, FaultInjector.Fault fault)
    {
        if (fault.Status != 429)
        {
            return RestResult.Error(fault.Status, 0, "Sandbox injected server error.");
        }

        var seconds = fault.RetryAfter.TotalSeconds;
        context.Response.Headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Scope"] = "shared";
        return new RestResult(429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = seconds, ["global"] = false });
    }

    private static void WriteHeaders(HttpResponse response, RateLimitDecision decision)
    {
        var headers = response.Headers;
        var resetAfter = Math.Round(decision.ResetAfter.TotalSeconds, 3).ToString("0.000", CultureInfo.InvariantCulture);
        if (decision.Global)
        {
            headers["X-RateLimit-Global"] = "true";
            headers["X-RateLimit-Scope"] = "global";
            headers["Retry-After"] = Math.Ceiling(decision.ResetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return;
        }

        headers["X-RateLimit-Limit"] = decision.Limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (decision.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter;
        headers["X-RateLimit-Bucket"] = decision.BucketHash;
        if (!decision.Allowed)
        {
            headers["X-RateLimit-Scope"] = "user";
            headers["Retry-After"] = Math.Ceiling(decision.ResetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }
}
