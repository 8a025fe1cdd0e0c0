using Bot.Scoring.Incivility.Lexicon;
using Bot.Scoring.Incivility.Model;
using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Incivility;

/// <summary>
/// Scores text with the trained linear model and the lexicon layer. The model gives a calibrated probability;
/// lexicon evidence a bag of words cannot be trusted with sets a floor: a threat aimed at someone, an insult
/// aimed at a person, or an identity attack always scores at least its floor (above the default delete
/// threshold). Thread-safe: the model is immutable and the working buffers are per thread.
/// </summary>
public sealed class IncivilityScorer : IIncivilityScorer
{
    public const string Threat = "threat";
    public const string IdentityAttack = "identity_attack";
    public const string Targeted = "targeted";
    public const string Insult = "insult";
    public const string Profanity = "profanity";
    public const string Shouting = "shouting";

    /// <summary>Reason when the model alone scores the message at or above the flag threshold.</summary>
    public const string UncivilLanguage = "uncivil_language";

    internal const double ThreatFloor = 0.95;
    internal const double TargetedFloor = 0.92;
    internal const double IdentityFloor = 0.9;

    /// <summary>Shouting moves a score this share of the way to 1: rude in tone, not abusive by itself.</summary>
    private const double ShoutingShare = 0.15;
    private const int MaxTerms = 5;
    private const float MinExplainingWeight = 0.5f;

    /// <summary>Words that can carry model weight ("you are …") but tell a moderator nothing.</summary>
    private const TermKind NotExplaining = TermKind.SecondPerson | TermKind.Function | TermKind.Negation;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly IncivilityModel _model;
    private readonly TextNormalizer _normalizer;
    private readonly LexiconAnalyzer _analyzer;
    private readonly IncivilityLexicon _lexicon;
    private readonly double _flagThreshold;

    internal IncivilityScorer(IncivilityModel model, IncivilityLexicon lexicon, IncivilityOptions options)
    {
        _model = model;
        _lexicon = lexicon;
        _normalizer = new TextNormalizer(lexicon, options.MaxAnalyzedChars);
        _analyzer = new LexiconAnalyzer(lexicon);
        _flagThreshold = options.FlagThreshold;
    }

    public IncivilityResult Score(string text)
    {
        var scratch = t_scratch ??= new Scratch();
        _normalizer.Normalize(text, scratch.Text);
        if (scratch.Text.TokenCount == 0)
        {
            return IncivilityResult.Civil;
        }

        _analyzer.Analyze(scratch.Text, scratch.Findings);
        return Combine(_model.Probability(scratch.Text, scratch.Findings), scratch);
    }

    private IncivilityResult Combine(double probability, Scratch scratch)
    {
        var findings = scratch.Findings;
        var score = probability;
        if (findings.Threat)
        {
            score = Math.Max(score, ThreatFloor);
        }

        if (findings.Targeted)
        {
            score = Math.Max(score, TargetedFloor);
        }

        if (findings.IdentityAttack)
        {
            score = Math.Max(score, IdentityFloor);
        }

        if (findings.Shouting)
        {
            score += (1 - score) * ShoutingShare;
        }

        if (!findings.Any && score < _flagThreshold)
        {
            return new IncivilityResult(score, [], []);
        }

        var reasons = new List<string>(4);
        AddIf(reasons, findings.Threat, Threat);
        AddIf(reasons, findings.IdentityAttack, IdentityAttack);
        AddIf(reasons, findings.Targeted, Targeted);
        AddIf(reasons, findings.Insults > 0, Insult);
        AddIf(reasons, findings.Profanity > 0, Profanity);
        AddIf(reasons, findings.Shouting, Shouting);
        AddIf(reasons, score >= _flagThreshold && (reasons.Count == 0 || (reasons.Count == 1 && findings.Shouting)), UncivilLanguage);

        var terms = new List<string>(MaxTerms);
        for (var i = 0; i < findings.TermCount && terms.Count < MaxTerms; i++)
        {
            terms.Add(findings.Term(i));
        }

        if (score >= _flagThreshold && terms.Count < MaxTerms)
        {
            AddModelTerms(scratch.Text, terms);
        }

        return new IncivilityResult(score, reasons, terms);
    }

    /// <summary>Adds the words whose own features pushed the model's score up most, strongest first.</summary>
    private void AddModelTerms(NormalizedText text, List<string> terms)
    {
        Span<int> best = stackalloc int[MaxTerms];
        Span<float> bestWeight = stackalloc float[MaxTerms];
        var found = 0;
        for (var i = 0; i < text.TokenCount; i++)
        {
            if ((text.Flags(i) & TokenFlags.Mention) != 0 || text.Token(i).Length < 3)
            {
                continue;
            }

            var weight = _model.WordWeight(text.Token(i));
            if (weight < MinExplainingWeight || (_lexicon.TryGet(text.Token(i), out var term) && (term.Kind & NotExplaining) != 0))
            {
                continue;
            }

            var slot = found < MaxTerms ? found++ : MaxTerms - 1;
            if (slot == MaxTerms - 1 && found == MaxTerms && weight <= bestWeight[slot])
            {
                continue;
            }

            best[slot] = i;
            bestWeight[slot] = weight;
            for (var k = slot; k > 0 && bestWeight[k] > bestWeight[k - 1]; k--)
            {
                (bestWeight[k], bestWeight[k - 1]) = (bestWeight[k - 1], bestWeight[k]);
                (best[k], best[k - 1]) = (best[k - 1], best[k]);
            }
        }

        for (var k = 0; k < found && terms.Count < MaxTerms; k++)
        {
            var word = text.Token(best[k]).ToString();
            if (!terms.Contains(word))
            {
                terms.Add(word);
            }
        }
    }

    private static void AddIf(List<string> reasons, bool condition, string reason)
    {
        if (condition)
        {
            reasons.Add(reason);
        }
    }

    private sealed class Scratch
    {
        public NormalizedText Text { get; } = new();

        public LexiconFindings Findings { get; } = new();
    }
}
