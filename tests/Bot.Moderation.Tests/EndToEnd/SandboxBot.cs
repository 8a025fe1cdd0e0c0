using Bot.Host.Demo;
using Bot.Sandbox.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Moderation.Tests.EndToEnd;

/// <summary>
/// The real bot host, built as <c>demo</c> builds it, connected to a scene's sandbox over the gateway and REST, on the
/// scene's clock and SQLite file. Stopped gracefully on dispose, or killed mid-work with <see cref="KillAsync"/>.
/// </summary>
internal sealed class SandboxBot : IAsyncDisposable
{
    private readonly SandboxScene _scene;
    private readonly IHost _host;
    private readonly DemoObserver _observer;
    private int _barriers;
    private bool _stopped;

    private SandboxBot(SandboxScene scene, IHost host, DemoObserver observer)
    {
        _scene = scene;
        _host = host;
        _observer = observer;
        Session = new DemoSession(scene.Sandbox, scene.World, observer, SandboxScene.StepTimeout, TextWriter.Null);
    }

    /// <summary>Acts as the demo's people: slash commands as the owner, posts that wait for the bot's verdict.</summary>
    public DemoSession Session { get; }

    /// <summary>
    /// Starts the bot and waits until it registered its commands: it is connected, past settling what a previous run
    /// left Pending, and handling events.
    /// </summary>
    public static async Task<SandboxBot> StartAsync(SandboxScene scene)
    {
        // A restarted bot finds the previous run's commands in place: only its own registration says it is ready.
        var registered = Registrations(scene);
        var observer = new DemoObserver();
        var host = DemoRunner.BuildBot([], scene.Sandbox, scene.World, observer, scene.Database.Path, SeedsFolder.Locate(),
            services => services.AddSingleton<TimeProvider>(scene.Time));
        var bot = new SandboxBot(scene, host, observer);
        try
        {
            await host.StartAsync();
            await scene.WaitUntilAsync(() => Registrations(scene) > registered, "the bot registered its commands");
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>Watches #news, sends cases to #mod-log and sets the mode, through the slash commands an admin would use.</summary>
    public Task ConfigureAsync(string mode) => Session.ConfigureAsync(mode, CancellationToken.None);

    /// <summary>Posts as <paramref name="author"/> in #news and returns the bot's verdict once its action is settled.</summary>
    public async Task<MessageVerdict> PostAsync(string author, string text)
    {
        var verdict = await Session.PostAsync(_scene.News, author, text, CancellationToken.None);
        Assert.True(verdict is not null, $"no verdict on \"{text}\" by {author}");
        return verdict;
    }

    /// <summary>Sends a message to the bot again, unchanged, as the gateway does when Discord re-sends it; returns the bot's verdict.</summary>
    public async Task<MessageVerdict> ReplayAsync(SandboxMessage message)
    {
        await _scene.Sandbox.EditMessageAsync(message.Id, message.Content);
        var verdict = await _observer.WaitAsync(message.Id, SandboxScene.StepTimeout, CancellationToken.None);
        Assert.True(verdict is not null, $"no verdict on the replay of \"{message.Content}\"");
        return verdict;
    }

    /// <summary>
    /// Returns once the bot handled every guild event sent before it: a guild's events run in order in one lane, so the
    /// verdict on a fresh civil message comes after them.
    /// </summary>
    public Task BarrierAsync() => PostAsync("Bystander", $"Thanks for the article, point {Interlocked.Increment(ref _barriers)}.");

    /// <summary>Stops the bot as a crash would: work in flight is abandoned wherever it is, nothing is flushed or finished.</summary>
    public async Task KillAsync()
    {
        _stopped = true;
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await _host.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected: nothing was given time to finish.
        }

        // A dead process does nothing more: wait until every background loop has given up before anything restarts.
        foreach (var service in _host.Services.GetServices<IHostedService>().OfType<BackgroundService>())
        {
            if (service.ExecuteTask is { } running)
            {
                await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        _host.Dispose();
    }

    private static int Registrations(SandboxScene scene) =>
        scene.Sandbox.Requests.Count(r => r.Method == "PUT" && r.Route == "/applications/{application_id}/guilds/{guild_id}/commands");

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _host.StopAsync();
        _host.Dispose();
    }
}
