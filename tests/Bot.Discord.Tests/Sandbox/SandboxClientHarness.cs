using Bot.Discord.Abstractions;
using Bot.Discord.Tests.Support;
using Bot.Sandbox;
using Bot.Sandbox.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Sandbox;

/// <summary>
/// The real client, wired by <c>AddDiscord</c> in a generic host, against the real sandbox over loopback sockets.
/// Both run on one fake clock, so heartbeats, backoff and rate-limit waits pass only when a test drives time.
/// </summary>
internal sealed class SandboxClientHarness : IAsyncDisposable
{
    public const string Token = "sandbox-secret-token-3f9c2a";

    private bool _started;

    private SandboxClientHarness(FakeTimeProvider time, SandboxServer sandbox, IHost host, ListLoggerProvider logs)
    {
        Time = time;
        Sandbox = sandbox;
        Host = host;
        Logs = logs;
        World = SandboxStarterWorld.Create(sandbox);
    }

    public FakeTimeProvider Time { get; }
    public SandboxServer Sandbox { get; }
    public IHost Host { get; }
    public ListLoggerProvider Logs { get; }
    public SandboxStarterWorld World { get; }
    public IDiscordRest Rest => Host.Services.GetRequiredService<IDiscordRest>();
    public IDiscordGateway Gateway => Host.Services.GetRequiredService<IDiscordGateway>();
    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>Starts the sandbox and builds the bot's host; <paramref name="clientToken"/> lets a test present a wrong token.</summary>
    public static async Task<SandboxClientHarness> CreateAsync(Action<SandboxOptions>? configure = null, string clientToken = Token)
    {
        var time = FakeTime.Create();
        var options = new SandboxOptions { BotToken = Token };
        configure?.Invoke(options);
        var sandbox = await SandboxServer.StartAsync(options, time);

        var logs = new ListLoggerProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = clientToken,
            ["Bot:Discord:ApiBaseUrl"] = sandbox.ApiBaseUrl.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddDiscord();
        return new SandboxClientHarness(time, sandbox, builder.Build(), logs);
    }

    /// <summary>Starts the gateway and returns READY.</summary>
    public async Task<Ready> StartGatewayAsync()
    {
        await Host.StartAsync();
        _started = true;
        return await NextAsync<Ready>();
    }

    /// <summary>The next event of type <typeparamref name="T"/>; events of other types (e.g. GUILD_CREATE) are passed over.</summary>
    public async Task<T> NextAsync<T>()
        where T : GatewayEvent
    {
        while (true)
        {
            if (await Gateway.Events.ReadAsync().AsTask().Within() is T wanted)
                return wanted;
        }
    }

    /// <summary>Drives fake time until <paramref name="task"/> completes, e.g. through a reconnect backoff or a bucket wait.</summary>
    public Task<T> DriveAsync<T>(Task<T> task, double stepMs = 100) => Time.DriveAsync(task, TimeSpan.FromMilliseconds(stepMs));

    public Task DriveAsync(Task task, double stepMs = 100) => Time.DriveAsync(task, TimeSpan.FromMilliseconds(stepMs));

    public Task StopAsync()
    {
        _started = false;
        return Host.StopAsync().Within();
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
            await StopAsync();
        Host.Dispose();
        await Sandbox.DisposeAsync();
    }
}
