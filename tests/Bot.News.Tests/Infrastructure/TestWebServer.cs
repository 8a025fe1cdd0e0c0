using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.News.Tests.Infrastructure;

/// <summary>A Kestrel server on 127.0.0.1 with per-path handlers; it records every request it receives.</summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);

    private TestWebServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The host:port entry that allow-lists this server.</summary>
    public string HostPort => $"{BaseUrl.Host}:{BaseUrl.Port}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<TestWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestWebServer(app);
        app.Run(server.DispatchAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Map(string path, RequestDelegate handler) => _handlers[path] = handler;

    /// <summary>Serves fixed bytes with a content type.</summary>
    public void MapContent(string path, string contentType, byte[] body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    public void MapText(string path, string contentType, string body) =>
        MapContent(path, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    public void MapRedirect(string path, string location) => Map(path, context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    public int Hits(string path) => Requests.Count(r => r.Path == path);

    private async Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(new RecordedRequest(path, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
        if (_handlers.TryGetValue(path, out var handler))
        {
            try
            {
                await handler(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up (timeout or size cap): expected in these tests.
            }
            catch (IOException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the server saw of one request.</summary>
public sealed record RecordedRequest(string Path, string IfNoneMatch, string IfModifiedSince);
