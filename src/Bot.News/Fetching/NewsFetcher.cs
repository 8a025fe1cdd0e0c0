using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.News.Fetching;

/// <summary>
/// Fetches pages and feeds from user-supplied URLs: guarded addresses, one deadline for the whole fetch, redirects
/// followed by hand (each hop re-checked), a streamed size cap and charset detection. Bad input never throws.
/// </summary>
public sealed partial class NewsFetcher(HttpClient client, UrlGuard guard, IOptions<NewsOptions> options, TimeProvider timeProvider, ILogger<NewsFetcher> logger)
{
    /// <summary>The named <see cref="HttpClient"/> the fetcher uses.</summary>
    public const string HttpClientName = "Bot.News";

    private readonly NewsOptions _options = options.Value;

    /// <summary>Fetches <paramref name="url"/>, reading at most <paramref name="maxBytes"/> bytes of body.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, int maxBytes, ConditionalHeaders? conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(_options.FetchTimeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowAsync(url, maxBytes, conditional, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new FetchFailed(FetchErrorKind.Timeout, $"{url.Host} did not answer within {_options.FetchTimeoutSeconds:0.#} s");
        }
        catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
        {
            return new FetchFailed(FetchErrorKind.BlockedAddress, blocked.Message);
        }
        catch (HttpRequestException ex)
        {
            LogNetworkError(logger, url.Host, ex.Message);
            return new FetchFailed(FetchErrorKind.Network, $"could not reach {url.Host}: {ex.HttpRequestError}");
        }
        catch (IOException ex)
        {
            LogNetworkError(logger, url.Host, ex.Message);
            return new FetchFailed(FetchErrorKind.Network, $"the connection to {url.Host} broke while reading");
        }
    }

    private async Task<FetchResult> FollowAsync(Uri url, int maxBytes, ConditionalHeaders? conditional, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri>();
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (guard.Check(current) is { } refused)
            {
                return refused;
            }

            if (!visited.Add(current))
            {
                return new FetchFailed(FetchErrorKind.RedirectLoop, $"{url.Host} redirects in a loop");
            }

            using var request = BuildRequest(current, hop == 0 ? conditional : null);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (response.Headers.Location is not { } location)
                {
                    return new FetchFailed(FetchErrorKind.HttpStatus, $"{current.Host} redirected without a Location");
                }

                if (hop >= _options.MaxRedirects)
                {
                    return new FetchFailed(FetchErrorKind.TooManyRedirects, $"more than {_options.MaxRedirects} redirects");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchNotModified(current);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchFailed(FetchErrorKind.HttpStatus, $"{current.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return await ReadBodyAsync(current, response, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, ConditionalHeaders? conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        if (conditional?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (conditional?.LastModified is { Length: > 0 } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private static async Task<FetchResult> ReadBodyAsync(Uri url, HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        if (contentType?.MediaType is { } mediaType && !IsTextual(mediaType))
        {
            return new FetchFailed(FetchErrorKind.UnsupportedContent, $"{url.Host} sent {mediaType}, not a page or feed");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var buffer = new byte[Math.Min(maxBytes + 1, 81_920)];
        using var body = new MemoryStream();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes); // stop reading: the rest is never downloaded
                }

                body.Write(buffer, 0, read);
            }
        }

        var text = CharsetDecoder.Decode(body.GetBuffer().AsSpan(0, (int)body.Length), contentType?.CharSet);
        return new FetchedDocument(url, text, contentType?.MediaType, HeaderValue(response.Headers.ETag), LastModified(response));
    }

    private static FetchFailed TooLarge(int maxBytes) =>
        new(FetchErrorKind.TooLarge, $"the document is larger than {maxBytes / 1024} KiB");

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsTextual(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
        mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) ||
        mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase);

    private static string? HeaderValue(EntityTagHeaderValue? etag) => etag?.ToString();

    private static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    private static BlockedAddressException? FindBlocked(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Fetch from {Host} failed: {Reason}")]
    private static partial void LogNetworkError(ILogger logger, string host, string reason);
}
