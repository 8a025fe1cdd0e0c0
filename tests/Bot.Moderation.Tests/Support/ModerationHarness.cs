using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Moderation.Tests.Support;

/// <summary>The moderation services over a real SQLite file, a recording REST client, test scorers and a fake clock.</summary>
public sealed class ModerationHarness : IAsyncDisposable
{
    public static readonly GuildId Guild = new(100);
    public static readonly ChannelId Watched = new(200);
    public static readonly ChannelId Thread = new(201);
    public static readonly ChannelId Unwatched = new(300);
    public static readonly ChannelId ModLog = new(400);
    public static readonly ChannelId ExemptChannel = new(401);
    public static readonly UserId Member = new(500);
    public static readonly UserId Owner = new(999);
    public static readonly UserId BotUser = new(1);
    public static readonly RoleId ModeratorRole = new(600);
    public static readonly RoleId ExemptRole = new(601);
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private long _nextMessage = 10_000;

    private readonly bool _ownsDatabase;

    private ModerationHarness(TestDatabase database, ServiceProvider services, bool ownsDatabase)
    {
        Database = database;
        Services = services;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
    public RecordingDiscordRest Rest => (RecordingDiscordRest)Services.GetRequiredService<IDiscordRest>();
    public CountingRepetitionDetector Repetition => (CountingRepetitionDetector)Services.GetRequiredService<IRepetitionDetector>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Creates the harness; the guild is configured (watched channel 200, mod log 400, enforce) unless <paramref name="configure"/> changes it.</summary>
    public static async Task<ModerationHarness> CreateAsync(
        Action<GuildSettings>? configure = null,
        Action<ModerationOptions>? options = null,
        Action<IServiceCollection>? services = null,
        TestDatabase? database = null)
    {
        var ownsDatabase = database is null;
        database ??= await TestDatabase.CreateAsync();
        var collection = BuildServices(database, options, services);
        var provider = collection.BuildServiceProvider();
        var harness = new ModerationHarness(database, provider, ownsDatabase);
        await using (var context = database.CreateDbContext())
        {
            if (!await context.GuildSettings.AnyAsync(g => g.GuildId == Guild.Value))
            {
                var settings = new GuildSettings
                {
                    GuildId = Guild.Value,
                    Mode = ModerationMode.Enforce,
                    ModLogChannelId = ModLog.Value,
                    WatchedChannels = [new WatchedChannel { GuildId = Guild.Value, ChannelId = Watched.Value, AddedAt = Start }],
                    CreatedAt = Start,
                    UpdatedAt = Start,
                };
                configure?.Invoke(settings);
                context.GuildSettings.Add(settings);
                await context.SaveChangesAsync();
            }
        }

        harness.Get<GuildDirectory>().Apply(GuildInfo());
        harness.Get<Bot.Moderation.Actions.SelfActionTracker>().BotUser = BotUser;
        return harness;
    }

    /// <summary>The services <c>AddModeration</c> needs, with the test doubles.</summary>
    public static ServiceCollection BuildServices(TestDatabase database, Action<ModerationOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        collection.AddSingleton<IDbContextFactory<BotDbContext>>(database);
        collection.AddSingleton<IDiscordRest, RecordingDiscordRest>();
        collection.AddSingleton<IIncivilityScorer, KeywordIncivilityScorer>();
        collection.AddSingleton<IRepetitionDetector, CountingRepetitionDetector>();
        collection.AddSingleton<IDiscordGateway, ChannelGateway>();
        services?.Invoke(collection);
        collection.AddModeration();
        if (options is not null)
        {
            collection.Configure(options);
        }

        return collection;
    }

    public static GuildInfo GuildInfo() => new(
        Guild,
        "News",
        Owner,
        [
            new RoleInfo(new RoleId(Guild.Value), "@everyone", 0, DiscordPermissions.SendMessages),
            new RoleInfo(ModeratorRole, "Mods", 2, DiscordPermissions.ManageMessages),
            new RoleInfo(ExemptRole, "Journalists", 1, DiscordPermissions.SendMessages),
        ],
        [
            new ChannelInfo(Watched, Guild, "news", ChannelKind.GuildText, null, 0),
            new ChannelInfo(Unwatched, Guild, "off-topic", ChannelKind.GuildText, null, 0),
            new ChannelInfo(ModLog, Guild, "mod-log", ChannelKind.GuildText, null, 0),
        ],
        [new ChannelInfo(Thread, Guild, "Article discussion", ChannelKind.PublicThread, Watched, 5)]);

    public DiscordMessage Message(string text, ChannelId? channel = null, UserId? author = null, IReadOnlyList<RoleId>? roles = null, bool isBot = false, MessageId? id = null)
    {
        var user = author ?? Member;
        return new DiscordMessage(
            id ?? new MessageId((ulong)Interlocked.Increment(ref _nextMessage)),
            channel ?? Watched,
            Guild,
            new DiscordUser(user, "member" + user, null, isBot),
            new GuildMember(user, roles ?? [], null, Start, null),
            text,
            Time.GetUtcNow(),
            null,
            [],
            [],
            false,
            0,
            0,
            false);
    }

    public async Task<List<ModerationCase>> CasesAsync()
    {
        await using var context = Database.CreateDbContext();
        return await context.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    public async Task<List<CaseAuditEntry>> AuditAsync()
    {
        await using var context = Database.CreateDbContext();
        return await context.CaseAudit.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    public async Task UpdateSettingsAsync(Action<GuildSettings> change)
    {
        await using (var context = Database.CreateDbContext())
        {
            var settings = await context.GuildSettings.Include(g => g.Ladder).Include(g => g.Exemptions).SingleAsync(g => g.GuildId == Guild.Value);
            change(settings);
            await context.SaveChangesAsync();
        }

        Get<Bot.Moderation.Settings.IGuildPolicyCache>().Invalidate(Guild);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
