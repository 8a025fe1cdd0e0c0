using BenchmarkDotNet.Attributes;
using Bot.Scoring.Incivility;
using Bot.Scoring.Incivility.Lexicon;
using Bot.Scoring.Incivility.Model;

namespace Bot.Benchmarks.Scoring;

/// <summary>Scoring one message with the shipped model: short, typical (~200 chars, the speed target) and a 4,000-char message; and loading the model.</summary>
[MemoryDiagnoser]
public class IncivilityBenchmarks
{
    private const string Short = "you are a complete idiot";

    private const string Typical =
        "Sending North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's freedom. " +
        "Honestly anyone defending this is a f*cking clown, read the article before you post again.";

    private static readonly string Long = string.Concat(Enumerable.Repeat(
        "The committee debated the budget for hours and nobody could agree on the numbers, which is typical. ", 41))[..4_000];

    private readonly IncivilityScorer _scorer = new(
        ModelFile.Load(IncivilityOptions.DefaultModelPath), new IncivilityLexicon(), new IncivilityOptions());

    [Benchmark]
    public double ScoreShort() => _scorer.Score(Short).Score;

    [Benchmark(Baseline = true)]
    public double ScoreTypical() => _scorer.Score(Typical).Score;

    [Benchmark]
    public double Score4000Chars() => _scorer.Score(Long).Score;

    [Benchmark]
    public object LoadModel() => ModelFile.Load(IncivilityOptions.DefaultModelPath);
}
