using System.Globalization;
using Bot.Data;
using Bot.Discord;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Tests.Support;
using Bot.Sandbox;
using Bot.Sandbox.Model;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// The sandbox Discord server and the bot connected to it over the real gateway and REST, wired as the host wires it
/// (AddDiscord, AddModeration, AddModerationCommands) over a real SQLite file, with one fake clock for both. Tests
/// play in their own guilds (<see cref="NewGuildAsync"/>), so one harness serves a whole test class.
/// </summary>
public sealed class CommandHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The bot's role sits between the admin's (30) and the moderators' (10).</summary>
    public const int BotRolePosition = 20;

    // Guards a test against a bot that never answers; a healthy answer takes milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private IHost _host = null!;

    private CommandHarness(SandboxServer sandbox, TestDatabase database, FakeTimeProvider time)
    {
        Sandbox = sandbox;
        Database = database;
        Time = time;
    }

    public SandboxServer Sandbox { get; }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the sandbox and the bot and waits for its commands: global, or per guild for <paramref name="testGuilds"/>
    /// guilds created before the bot connects (they are then <see cref="TestGuilds"/>). <paramref name="beforeBot"/> runs
    /// on the sandbox and those guilds before the bot starts, e.g. to leave commands from an earlier version behind.
    /// </summary>
    public static async Task<CommandHarness> StartAsync(
        int testGuilds = 0, Action<IServiceCollection>? services = null, Func<SandboxServer, IReadOnlyList<ulong>, Task>? beforeBot = null)
    {
        var time = new FakeTimeProvider(Start);
        var sandbox = await SandboxServer.StartAsync(SandboxSettings(), time);
        var harness = new CommandHarness(sandbox, await TestDatabase.CreateAsync(), time);
        harness.TestGuilds = [.. Enumerable.Range(0, testGuilds).Select(i => sandbox.CreateGuild($"Test guild {i}", sandbox.CreateUser($"tester{i}").Id).Id)];
        if (beforeBot is not null)
        {
            await beforeBot(sandbox, harness.TestGuilds);
        }

        ulong?[] scopes = testGuilds == 0 ? [null] : [.. harness.TestGuilds.Select(g => (ulong?)g)];
        var before = scopes.Select(Names).ToList();
        harness._host = harness.BuildHost(services);
        await harness._host.StartAsync();

        // Registered means each scope's command list has changed from what was there before the bot, even when not empty.
        await WithinPatience(sandbox.WaitUntilAsync(() => scopes.Select((scope, i) => (Now: Names(scope), Before: before[i]))
            .All(s => s.Now.Count > 0 && !s.Now.SetEquals(s.Before))));
        return harness;

        HashSet<string> Names(ulong? scope) => [.. sandbox.GetCommands(scope).Select(c => c.Name)];
    }

    /// <summary>Guilds created before the bot connected, whose commands are registered per guild.</summary>
    public IReadOnlyList<ulong> TestGuilds { get; private set; } = [];

    /// <summary>A fresh guild (owner, admin, two moderators, a member, #general and #mod-log) the bot has taken in.</summary>
    public async Task<CommandGuild> NewGuildAsync(bool withModLog = true)
    {
        var guild = await CommandGuild.CreateAsync(this, withModLog);
        await WithinPatience(Get<GuildAnnouncements>().WhenSeenAsync(new GuildId(guild.Id)));
        return guild;
    }

    /// <summary>
    /// Invokes an interaction a second after the previous one, as people click, and waits until the bot has finished with it.
    /// The second also opens a new window for the client's 50-per-second global limit, which a frozen clock would never reopen.
    /// </summary>
    public async Task<CommandReply> RunAsync(Func<Task<InteractionHandle>> invoke)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        Time.Advance(TimeSpan.FromSeconds(1));
        var handle = await invoke();
        await WithinPatience(Get<InteractionCompletions>().WhenHandledAsync(new InteractionId(handle.Id)));
        return new CommandReply(Sandbox.GetInteractionResponse(handle)
            ?? throw new InvalidOperationException($"The bot finished interaction {handle.Id} without answering it."));
    }

    /// <summary>Waits until the sandbox shows what the bot does on its own (a scored message's case posted to the mod log).</summary>
    public Task WaitUntilAsync(Func<bool> condition) => WithinPatience(Sandbox.WaitUntilAsync(condition));

    private static async Task WithinPatience(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        await task.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Sandbox.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static SandboxOptions SandboxSettings()
    {
        var options = new SandboxOptions
        {
            BotRolePosition = BotRolePosition,
            // The longest interval the client reads (an int of ms, about 24.8 days): a test that moves the clock by
            // days then sees one heartbeat, answered long before the next could call the connection a zombie.
            HeartbeatInterval = TimeSpan.FromMilliseconds(int.MaxValue),
            // Rate limits have their own tests; here they would only stall a frozen clock.
            GlobalRequestsPerSecond = 100_000,
        };
        foreach (var (name, limit) in options.Buckets.ToList())
        {
            options.Buckets[name] = limit with { Limit = 100_000 };
        }

        return options;
    }

    /// <summary>A generic host like the bot's own, so hosted services, lifetime and option validation behave as in production.</summary>
    private IHost BuildHost(Action<IServiceCollection>? configure)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = Sandbox.BotToken,
            ["Bot:Discord:ApiBaseUrl"] = Sandbox.ApiBaseUrl.AbsoluteUri,
        };
        for (var i = 0; i < TestGuilds.Count; i++)
        {
            settings[$"Bot:Discord:TestGuildIds:{i}"] = TestGuilds[i].ToString(CultureInfo.InvariantCulture);
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        var services = builder.Services
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IDbContextFactory<BotDbContext>>(Database)
            .AddSingleton<IIncivilityScorer, KeywordIncivilityScorer>()
            .AddSingleton<IRepetitionDetector, CountingRepetitionDetector>()
            .AddSingleton<InteractionRouter>()
            .AddSingleton<InteractionCompletions>()
            .AddSingleton<IInteractionHandler>(provider => provider.GetRequiredService<InteractionCompletions>());
        configure?.Invoke(services);
        services.AddDiscord().AddModeration().AddModerationCommands();
        services.AddSingleton<GuildAnnouncements>()
            .AddSingleton<IGatewayEventObserver>(provider => provider.GetRequiredService<GuildAnnouncements>());
        return builder.Build();
    }
}
