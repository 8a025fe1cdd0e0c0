using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Bot.Data.Entities;
using Bot.Discord;
using Bot.Discord.Abstractions;
using Bot.Moderation;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Policy;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Benchmarks.Moderation;

/// <summary>
/// Event → decision (issue 6 target: ≤ 1 ms at p99), excluding Discord calls: a gateway message turned into a candidate,
/// checked (watched, exempt, replay), scored by the real incivility model and repetition detector, and decided by the
/// guild's policy with the member's active strikes. Steady state: policy cached, strike ledger loaded, no database read.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private DecisionFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = DecisionFixture.Create();

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    /// <summary>Scored, nothing to do.</summary>
    [Benchmark(Baseline = true)]
    public ValueTask<MessageEvaluation?> Civil() => _fixture.EvaluateAsync(MessageKind.Civil);

    /// <summary>Past the flag threshold: recorded only, no strike to count.</summary>
    [Benchmark]
    public ValueTask<MessageEvaluation?> Flagged() => _fixture.EvaluateAsync(MessageKind.Flagged);

    /// <summary>Past the delete threshold from a member with active strikes: the ladder is read from the ledger.</summary>
    [Benchmark]
    public ValueTask<MessageEvaluation?> StrikeLadder() => _fixture.EvaluateAsync(MessageKind.Strike);
}

/// <summary>
/// The latency of single decisions in a mixed stream (90 % civil, 7 % flagged, 3 % strikes): one message per
/// measurement, so the percentile columns are per-message tails, GC pauses included. Run it with its own job:
/// <c>--filter '*MixedDecisionBenchmarks*'</c> and no <c>--job</c> or <c>--inProcess</c>.
/// </summary>
[Config(typeof(TailConfig))]
public class MixedDecisionBenchmarks
{
    private const int StreamLength = 1_000;
    private readonly MessageKind[] _stream = BuildStream();
    private DecisionFixture _fixture = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _fixture = DecisionFixture.Create();

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark]
    public ValueTask<MessageEvaluation?> MixedStream() => _fixture.EvaluateAsync(_stream[_next++ % StreamLength]);

    private static MessageKind[] BuildStream()
    {
        var random = new Random(6);
        return [.. Enumerable.Range(0, StreamLength).Select(_ => random.Next(100) switch
        {
            < 90 => MessageKind.Civil,
            < 97 => MessageKind.Flagged,
            _ => MessageKind.Strike,
        })];
    }

    private sealed class TailConfig : ManualConfig
    {
        public TailConfig()
        {
            // In process: twenty thousand one-message iterations need no separate build, which times out on a busy machine.
            AddJob(Job.Default
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(1_000)
                .WithIterationCount(20_000)
                .WithGcForce(false)
                // The tail is what this measures: no sample is dropped as an outlier.
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)
                .WithId("PerMessage"));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), new PercentileColumn(99.9), StatisticColumn.Max);
        }
    }

    /// <summary>A percentile BenchmarkDotNet has no column for (p99, p99.9), over the measured iterations.</summary>
    private sealed class PercentileColumn(double percentile) : IColumn
    {
        public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
        public string ColumnName => $"P{percentile}";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => $"{percentile}th percentile of one message's decision time, in μs";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics?.OriginalValues is not { Count: > 0 } values)
            {
                return "NA";
            }

            var sorted = values.Order().ToList();
            var index = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
            var nanoseconds = sorted[Math.Clamp(index, 0, sorted.Count - 1)];
            return string.Create(style.CultureInfo, $"{nanoseconds / 1_000:0.00} μs");
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>Which kind of message a benchmark sends.</summary>
public enum MessageKind
{
    Civil,
    Flagged,
    Strike,
}

/// <summary>
/// The moderation services as the bot registers them, on a real migrated SQLite file, with the shipped incivility model
/// and the repetition detector; a configured guild (enforce, #news watched) and members with active strikes.
/// </summary>
internal sealed class DecisionFixture : IDisposable
{
    private const int Members = 20_000;
    private const int StrikedMembers = 200;
    private static readonly GuildId Guild = new(100);
    private static readonly ChannelId News = new(200);
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    // Varied sentences so the repetition detector sees ordinary traffic, not one text over and over.
    private static readonly string[] CivilOpenings =
    [
        "I think the report", "Honestly the article", "The analysis here", "This piece", "The interview", "Their reporting",
        "The second paragraph", "The map in the story",
    ];

    private static readonly string[] CivilMiddles =
    [
        "misses the economic side of", "explains well the history of", "leaves out what happened with", "gets right most of",
        "could say more about", "is fair about", "does not really cover", "makes a good point on",
    ];

    private static readonly string[] CivilEndings =
    [
        "the border region.", "the troops sent last month.", "the talks in Geneva.", "the sanctions and their effect.",
        "the refugees crossing daily.", "the supply lines.", "the election next spring.", "what the villagers said.",
    ];

    private static readonly string[] CivilTexts =
        [.. CivilOpenings.SelectMany(o => CivilMiddles.SelectMany(m => CivilEndings.Select(e => $"{o} {m} {e}")))];

    private static readonly string[] FlaggedTexts = ["The author is an idiot.", "Stop spreading this stupid nonsense.", "Damn, this is a terrible take."];
    private static readonly string[] StrikeTexts = ["You are an idiot.", "Your opinion is worthless.", "Are you stupid or just pretending?"];

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;
    private readonly MessageModerator _moderator;
    private readonly GuildDirectory _directory;
    private long _sequence;

    private DecisionFixture(TestDatabase database, ServiceProvider services)
    {
        _database = database;
        _services = services;
        _moderator = services.GetRequiredService<MessageModerator>();
        _directory = services.GetRequiredService<GuildDirectory>();
    }

    public static DecisionFixture Create() => CreateAsync().GetAwaiter().GetResult();

    /// <summary>Turns the next message of <paramref name="kind"/> into a candidate and decides on it, as the pipeline does before acting.</summary>
    public ValueTask<MessageEvaluation?> EvaluateAsync(MessageKind kind)
    {
        var n = ++_sequence;
        var (author, text) = kind switch
        {
            MessageKind.Civil => (Member(n % Members), CivilTexts[n % CivilTexts.Length]),
            MessageKind.Flagged => (Member(n % Members), FlaggedTexts[n % FlaggedTexts.Length]),
            _ => (StrikedMember(n % StrikedMembers), StrikeTexts[n % StrikeTexts.Length]),
        };
        // Messages 11 minutes apart: every repetition window of a channel has passed, so each kind keeps its verdict however long the run.
        var message = new DiscordMessage(new MessageId((ulong)n), News, Guild, new DiscordUser(author, "member", null, false),
            new GuildMember(author, [], null, Start, null), text, Start + (TimeSpan.FromMinutes(11) * n), null, [], [], false, 0, 0, false);
        return _moderator.EvaluateAsync(MessageCandidate.From(message, _directory)!, CancellationToken.None);
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    private static UserId Member(long n) => new(10_000 + (ulong)n);

    private static UserId StrikedMember(long n) => new(1_000_000 + (ulong)n);

    private static async Task<DecisionFixture> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:Discord:Token"] = "benchmark",
            }).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Start))
            .AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<Bot.Data.BotDbContext>>(database)
            .AddDiscord()
            .AddIncivilityScoring()
            .AddRepetitionDetection()
            .AddModeration()
            .BuildServiceProvider();
        await using (var context = database.CreateDbContext())
        {
            context.GuildSettings.Add(new GuildSettings
            {
                GuildId = Guild.Value,
                Mode = ModerationMode.Enforce,
                WatchedChannels = [new WatchedChannel { GuildId = Guild.Value, ChannelId = News.Value, AddedAt = Start }],
                CreatedAt = Start,
                UpdatedAt = Start,
            });
            await context.SaveChangesAsync();
        }

        services.GetRequiredService<GuildDirectory>().Apply(new GuildInfo(Guild, "News", new UserId(999),
            [new RoleInfo(new RoleId(Guild.Value), "@everyone", 0, DiscordPermissions.SendMessages)],
            [new ChannelInfo(News, Guild, "news", ChannelKind.GuildText, null, 0)], []));
        services.GetRequiredService<SelfActionTracker>().BotUser = new UserId(1);
        var cases = services.GetRequiredService<CaseStore>();
        for (var n = 0; n < StrikedMembers; n++)
        {
            await cases.CreateAsync(new NewCase
            {
                Guild = Guild, User = StrikedMember(n), Action = CaseAction.Warn, Outcome = CaseOutcome.Done, StrikeLifetime = TimeSpan.FromDays(7),
            }, CancellationToken.None);
        }

        var fixture = new DecisionFixture(database, services);
        // Each kind must decide as named, or the figures would measure something else.
        foreach (var (kind, expected) in new[] { (MessageKind.Civil, Severity.None), (MessageKind.Flagged, Severity.Flag), (MessageKind.Strike, Severity.Delete) })
        {
            for (var i = 0; i < 200; i++)
            {
                var evaluation = await fixture.EvaluateAsync(kind) ?? throw new InvalidOperationException($"{kind}: not moderated");
                var severity = evaluation.Decision.Severity;
                if (kind == MessageKind.Strike ? severity < expected || evaluation.Decision.StrikeNumber < 2 : severity != expected)
                {
                    throw new InvalidOperationException($"{kind}: decided {severity} (strike {evaluation.Decision.StrikeNumber}) for \"{evaluation.Message.Content}\"");
                }
            }
        }

        return fixture;
    }
}
