using Bot.Data;
using Bot.Data.Entities;
using Bot.Host.Demo;
using Bot.Sandbox;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Moderation.Tests.EndToEnd;

/// <summary>
/// The sandbox Discord server on 127.0.0.1 with the demo's guild (an owner, #news, #mod-log, members by name), a real
/// SQLite file and one fake clock that the sandbox and the bot share. It outlives a bot, so a bot can be restarted on it.
/// </summary>
internal sealed class SandboxScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>How long a step may take before the test fails; a safety net, never waited out when things work.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    private SandboxScene(FakeTimeProvider time, SandboxServer sandbox, TestDatabase database)
    {
        Time = time;
        Sandbox = sandbox;
        Database = database;
        World = DemoWorld.Create(sandbox);
    }

    public FakeTimeProvider Time { get; }
    public SandboxServer Sandbox { get; }
    public DemoWorld World { get; }
    public TestDatabase Database { get; }
    public ulong GuildId => World.Guild.Id;
    public ulong News => World.News.Id;
    public ulong ModLog => World.ModLog.Id;

    public static async Task<SandboxScene> CreateAsync()
    {
        var time = new FakeTimeProvider(Start);
        // The clock moves only when a test moves it, so no rate-limit window would ever reset: the buckets are made too
        // large to meet (their behaviour has its own tests). The bot's own 50/s global limit still holds per test.
        var options = new SandboxOptions { StrictOpenApi = true, GlobalRequestsPerSecond = 100_000 };
        foreach (var bucket in options.Buckets.Keys.ToList())
        {
            options.Buckets[bucket] = new BucketLimit(100_000, TimeSpan.FromSeconds(1));
        }

        var sandbox = await SandboxServer.StartAsync(options, time);
        return new SandboxScene(time, sandbox, await TestDatabase.CreateAsync());
    }

    /// <summary>The member called <paramref name="name"/>, joining the guild the first time.</summary>
    public ulong Member(string name) => World.Member(name);

    /// <summary>Waits until <paramref name="condition"/> holds on the sandbox; re-checked on every change there, never polled.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await Sandbox.WaitUntilAsync(condition, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Not within {StepTimeout.TotalSeconds:0} s: {what}");
        }
    }

    /// <summary>The guild's case rows in number order.</summary>
    public async Task<List<ModerationCase>> CasesAsync()
    {
        await using var context = Database.CreateDbContext();
        return await context.Cases.AsNoTracking().Where(c => c.GuildId == GuildId).OrderBy(c => c.Number).ToListAsync();
    }

    public async Task<List<UserStrike>> StrikesAsync()
    {
        await using var context = Database.CreateDbContext();
        return await context.Strikes.AsNoTracking().Where(s => s.GuildId == GuildId).OrderBy(s => s.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        await Database.DisposeAsync();
    }
}
