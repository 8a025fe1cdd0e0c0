using System.Globalization;
using System.Net;
using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Json;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Rest;

/// <summary>Reads rate-limit headers and error bodies (docs: topics/rate-limits#header-format, topics/opcodes-and-status-codes#json).</summary>
internal static class RestResponseReader
{
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static double? SecondsHeader(HttpResponseMessage response, string name) =>
        double.TryParse(Header(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static ErrorBodyDto? ErrorBody(byte[] body)
    {
        if (body.Length == 0)
            return null;
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.ErrorBodyDto);
        }
        catch (JsonException)
        {
            // Proxies answer with HTML error pages; the status code alone then classifies the failure.
            return null;
        }
    }

    public static DiscordError ToError(HttpStatusCode status, ErrorBodyDto? body, RouteKey route)
    {
        var kind = status switch
        {
            HttpStatusCode.Unauthorized => DiscordErrorKind.Unauthorized,
            HttpStatusCode.Forbidden => DiscordErrorKind.Forbidden,
            HttpStatusCode.NotFound => DiscordErrorKind.NotFound,
            HttpStatusCode.TooManyRequests => DiscordErrorKind.RateLimited,
            >= HttpStatusCode.InternalServerError => DiscordErrorKind.Transient,
            _ => DiscordErrorKind.Invalid,
        };
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{(int)status} on {route.RouteId}: {body?.Message ?? status.ToString()}");
        return new DiscordError(kind, message, body?.Code);
    }
}
