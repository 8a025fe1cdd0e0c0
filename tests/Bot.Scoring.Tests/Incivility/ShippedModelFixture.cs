using Bot.Scoring.Incivility;
using Bot.Scoring.Incivility.Lexicon;
using Bot.Scoring.Incivility.Model;
using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Tests.Incivility;

/// <summary>The model file that ships with the bot, loaded once for every test in the collection, with default options.</summary>
public sealed class ShippedModelFixture
{
    public ShippedModelFixture()
    {
        Options = new IncivilityOptions();
        Lexicon = new IncivilityLexicon();
        Model = ModelFile.Load(Options.ResolvedModelPath);
        Scorer = new IncivilityScorer(Model, Lexicon, Options);
        Normalizer = new TextNormalizer(Lexicon, Options.MaxAnalyzedChars);
        Analyzer = new LexiconAnalyzer(Lexicon);
    }

    public IncivilityOptions Options { get; }

    internal IncivilityLexicon Lexicon { get; }

    internal IncivilityModel Model { get; }

    internal IncivilityScorer Scorer { get; }

    internal TextNormalizer Normalizer { get; }

    internal LexiconAnalyzer Analyzer { get; }

    /// <summary>What the lexicon layer finds in <paramref name="text"/> after normalisation.</summary>
    internal LexiconFindings Analyze(string text)
    {
        var normalized = new NormalizedText();
        Normalizer.Normalize(text, normalized);
        var findings = new LexiconFindings();
        Analyzer.Analyze(normalized, findings);
        return findings;
    }
}

/// <summary>Tests that share the shipped model (loading it once keeps the suite fast).</summary>
[CollectionDefinition(Name)]
public sealed class ShippedModelDefinition : ICollectionFixture<ShippedModelFixture>
{
    public const string Name = "shipped incivility model";
}
