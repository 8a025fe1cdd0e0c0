using System.ComponentModel.DataAnnotations;
using System.Net;
using Bot.Sandbox.Gateway;
using Bot.Sandbox.OpenApi;
using Bot.Sandbox.Rest;
using Bot.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Sandbox;

/// <summary>
/// A local Discord-compatible server on 127.0.0.1: gateway (WebSocket) and a REST subset of API v10 over an
/// in-memory world that tests and the demo build and drive. Start with <see cref="StartAsync"/>.
/// </summary>
public sealed partial class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly World _world;
    private readonly GatewayHub _hub;
    private readonly RequestLog _requests;
    private readonly FaultInjector _faults;
    private readonly OpenApiValidator? _validator;
    private readonly CancellationTokenSource _stopping = new();

    private SandboxServer(WebApplication app, World world, GatewayHub hub, RequestLog requests, FaultInjector faults, OpenApiValidator? validator)
    {
        _app = app;
        _world = world;
        _hub = hub;
        _requests = requests;
        _faults = faults;
        _validator = validator;
    }

    /// <summary>REST base, e.g. <c>http://127.0.0.1:port/api/v10/</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>The gateway URL <c>GET /gateway/bot</c> returns (<c>ws://127.0.0.1:port/gateway</c>).</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    public string BotToken => _world.Options.BotToken;

    public ulong ApplicationId => _world.ApplicationId;

    public ulong BotUserId => _world.Bot.Id;

    /// <summary>Starts Kestrel on 127.0.0.1 with a free port.</summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, TimeProvider? time = null, CancellationToken ct = default)
    {
        options ??= new SandboxOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        var validator = options.StrictOpenApi
            ? OpenApiValidator.Load(options.OpenApiSpecPath ?? OpenApiSpecLocator.Find()
                ?? throw new ArgumentException("StrictOpenApi needs OpenApiSpecPath: shared/discord/openapi.json was not found above the app or working folder.", nameof(options)))
            : null;
        time ??= TimeProvider.System;

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var app = builder.Build();

        var world = new World(options, time);
        var hub = new GatewayHub(world);
        world.Events = hub;
        var requests = new RequestLog();
        var faults = new FaultInjector();
        var server = new SandboxServer(app, world, hub, requests, faults, validator);
        var pipeline = new RestPipeline(world, new RateLimiter(options, time), faults, requests, validator);

        app.UseWebSockets();
        app.UseRouting();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        RouteTable.Map(app, pipeline, server.RouteGroups());
        await app.StartAsync(ct);

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        server.ApiBaseUrl = new Uri(address, RouteTable.Prefix + "/");
        server.GatewayUrl = new Uri(GatewayHub.FormatUrl(address, "/gateway"));
        hub.ResumeGatewayUrl = GatewayHub.FormatUrl(address, "/resume");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _hub.ForEachConnection(c => c.Abort());
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private IEnumerable<IRouteGroup> RouteGroups() =>
    [
        new GatewayRoutes(_hub, () => GatewayUrl.ToString().TrimEnd('/')),
        new MessageRoutes(),
        new ChannelRoutes(),
        new GuildRoutes(),
        new InteractionRoutes(),
        new CommandRoutes(),
    ];

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new GatewayConnection(socket, _hub, _world.Options, _world.Time);
        _hub.Register(connection, context.Request.Path + context.Request.QueryString);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        await connection.RunAsync(linked.Token);
    }
}
