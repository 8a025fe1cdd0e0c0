using Bot.Scoring.Incivility;
using Bot.Scoring.Tests.Support;

namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class ConcurrencyTests(ShippedModelFixture fixture)
{
    private const int Threads = 8;

    [Fact]
    public async Task Score_FromManyThreads_SameResultsAsSerial()
    {
        var texts = Messages();
        var serial = texts.Select(fixture.Scorer.Score).ToArray();

        // Every thread scores every message, each starting at a different offset, so threads interleave
        // different texts through their per-thread buffers at the same time.
        var parallel = await Task.WhenAll(Enumerable.Range(0, Threads).Select(worker => Task.Run(() =>
        {
            var results = new IncivilityResult[texts.Count];
            for (var n = 0; n < texts.Count; n++)
            {
                var i = (n + (worker * 37)) % texts.Count;
                results[i] = fixture.Scorer.Score(texts[i]);
            }

            return results;
        })));

        foreach (var results in parallel)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.Equal(serial[i].Score, results[i].Score);
                Assert.Equal(serial[i].Reasons, results[i].Reasons);
                Assert.Equal(serial[i].Terms, results[i].Terms);
            }
        }

        Assert.Contains(serial, r => r.Reasons.Count > 0);
        Assert.Contains(serial, r => r.Reasons.Count == 0);
    }

    private static List<string> Messages()
    {
        string[] templates =
        [
            "you are a complete idiot number {0}",
            "The ministry published figures on {0} troops today.",
            "f*cking hell, {0} times already",
            "THIS IS THE {0}TH TIME I SAY IT, STOP POSTING",
            "<@{0}> is a m0r0n and should shut up",
            "Interesting point about section {0} of the treaty.",
            "immigrants are vermin {0}",
            "{0} " + new string('z', 3_000),
        ];
        var texts = new List<string>(SeedThread.CommentTexts());
        for (var i = 0; i < 400; i++)
        {
            texts.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[i % templates.Length], i));
        }

        return texts;
    }
}
