using Bot.Scoring.Repetition;
using Xunit.Abstractions;

namespace Bot.Scoring.Tests.Repetition;

[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryMeasurements;

/// <summary>Heap measurements; alone in their collection so other tests' allocations do not blur them.</summary>
[Collection(nameof(MemoryTests))]
public sealed class MemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Observe_ActiveUsers_RetainUnderOneKilobyteEach()
    {
        const int users = 50_000;
        var harness = new DetectorHarness(new RepetitionOptions { MaxTrackedUsers = 2 * users, MaxCopypastaEntries = 2 * users });
        var texts = Enumerable.Range(0, 1_000).Select(Texts.Distinct).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var user = 0; user < users; user++)
        {
            harness.Post((ulong)user, texts[user % texts.Length], guild: (ulong)(user % 13));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(harness);
        var perUser = (after - before) / (double)users;
        output.WriteLine($"retained per active user: {perUser:F0} bytes");
        Assert.Equal(users, harness.Detector.TrackedUsers);
        Assert.InRange(perUser, 1, 1024);
    }
}
