using Bot.Scoring.Repetition;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Scoring.Tests.Repetition;

public sealed class ConcurrencyTests
{
    private const int Guilds = 16;
    private const int MessagesPerGuild = 2_000;

    [Fact]
    public async Task Observe_GuildsInParallel_SameResultsAsOneAtATime()
    {
        var script = Script();
        var serial = RunGuilds(script, parallel: false);

        var parallel = await Task.Run(() => RunGuilds(script, parallel: true));

        for (var guild = 0; guild < Guilds; guild++)
        {
            for (var i = 0; i < MessagesPerGuild; i++)
            {
                Assert.Equal(serial[guild][i].Reasons, parallel[guild][i].Reasons);
                Assert.Equal(serial[guild][i].RepeatedMessageIds, parallel[guild][i].RepeatedMessageIds);
            }
        }

        Assert.Contains(serial[0], r => r.Reasons.Count > 0);
    }

    [Fact]
    public async Task Observe_OneGuildHammeredFromManyThreads_StateStaysConsistent()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 24, 10, 0, 0, TimeSpan.Zero));
        var detector = new RepetitionDetector(Options.Create(new RepetitionOptions { MaxTrackedUsers = 1_000, LockStripes = 2 }), time);
        var start = time.GetUtcNow();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var user = (ulong)((worker * 5_000) + i) % 3_000;
                detector.Observe(new PostedMessage(1, (ulong)(i % 5), false, user, (ulong)((worker * 5_000) + i), Texts.Distinct(i % 100), start.AddMilliseconds(i)), RepetitionSettings.Default);
            }
        }));
        await Task.WhenAll(workers);

        Assert.InRange(detector.TrackedUsers, 1, 1_000);
    }

    private static List<PostedMessage>[] Script()
    {
        var start = new DateTimeOffset(2025, 1, 24, 10, 0, 0, TimeSpan.Zero);
        var script = new List<PostedMessage>[Guilds];
        for (var guild = 0; guild < Guilds; guild++)
        {
            script[guild] = [];
            for (var i = 0; i < MessagesPerGuild; i++)
            {
                var user = (ulong)(i % 37);
                var text = i % 5 == 0 ? Texts.Seed : Texts.Distinct(i % 300);
                script[guild].Add(new PostedMessage((ulong)guild, (ulong)(i % 3), i % 2 == 0, user, (ulong)i, text, start.AddSeconds(i * 2)));
            }
        }

        return script;
    }

    private static List<RepetitionResult>[] RunGuilds(List<PostedMessage>[] script, bool parallel)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 24, 10, 0, 0, TimeSpan.Zero));
        var detector = new RepetitionDetector(Options.Create(new RepetitionOptions()), time);
        var results = new List<RepetitionResult>[Guilds];
        void Run(int guild) => results[guild] = script[guild].Select(m => detector.Observe(m, RepetitionSettings.Default)).ToList();
        if (parallel)
        {
            Parallel.For(0, Guilds, Run);
        }
        else
        {
            for (var guild = 0; guild < Guilds; guild++)
            {
                Run(guild);
            }
        }

        return results;
    }
}
