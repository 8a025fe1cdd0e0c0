using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Incivility.Lexicon;

/// <summary>
/// Finds what a bag of words misses: whether an insult is aimed at a person ("you are an idiot", "@user is a
/// moron") rather than at an idea ("that idea is idiotic"), threats aimed at someone, slurs and dehumanised
/// groups, and shouting. Stateless; safe to share.
/// </summary>
internal sealed class LexiconAnalyzer
{
    /// <summary>Tokens after a second-person word in which an insult counts as aimed at that person.</summary>
    private const int TargetWindow = 4;
    private const int ThreatWindow = 3;
    private const int GroupWindow = 4;
    private const int MinShoutingLetters = 12;
    private const float ShoutingRatio = 0.7f;

    private readonly IncivilityLexicon _lexicon;

    public LexiconAnalyzer(IncivilityLexicon lexicon) => _lexicon = lexicon;

    public void Analyze(NormalizedText text, LexiconFindings findings)
    {
        findings.Clear();
        findings.Deobfuscated = text.Deobfuscated > 0;
        if (text.Letters >= MinShoutingLetters)
        {
            findings.CapsRatio = (float)text.UpperLetters / text.Letters;
            findings.Shouting = findings.CapsRatio >= ShoutingRatio;
        }

        for (var i = 0; i < text.TokenCount; i++)
        {
            if ((text.Flags(i) & TokenFlags.Mention) != 0)
            {
                findings.Mentions++;
                findings.SecondPerson = true;
                continue;
            }

            if (!_lexicon.TryGet(text.Token(i), out var term))
            {
                continue;
            }

            Inspect(text, i, term, findings);
        }
    }

    private void Inspect(NormalizedText text, int i, LexiconTerm term, LexiconFindings findings)
    {
        var kind = term.Kind;
        if ((kind & TermKind.SecondPerson) != 0)
        {
            findings.SecondPerson = true;
        }

        if ((kind & TermKind.Profanity) != 0)
        {
            findings.Profanity++;
            findings.AddTerm(term.Text);
        }

        if ((kind & TermKind.Insult) != 0)
        {
            findings.Insults++;
            findings.AddTerm(term.Text);
            if (IsAimedAtPerson(text, i))
            {
                findings.Targeted = true;
            }
        }

        if ((kind & TermKind.Slur) != 0)
        {
            findings.IdentityAttack = true;
            findings.AddTerm(term.Text);
        }

        if ((kind & TermKind.ThreatVerb) != 0 && HasThreatObject(text, i))
        {
            findings.Threat = true;
            findings.AddTerm(term.Text);
        }

        if ((kind & TermKind.Dehumanizing) != 0 && HasPreceding(text, i, GroupWindow, TermKind.IdentityGroup))
        {
            findings.IdentityAttack = true;
            findings.AddTerm(term.Text);
        }

        if ((kind & TermKind.PhraseStart) != 0)
        {
            MatchPhrases(text, i, findings);
        }
    }

    private void MatchPhrases(NormalizedText text, int i, LexiconFindings findings)
    {
        foreach (var phrase in _lexicon.PhrasesStartingWith(text.Token(i)))
        {
            if (i + phrase.Words.Length > text.TokenCount)
            {
                continue;
            }

            var match = true;
            for (var k = 1; k < phrase.Words.Length && match; k++)
            {
                match = text.Token(i + k).SequenceEqual(phrase.Words[k]);
            }

            if (!match)
            {
                continue;
            }

            if (phrase.IsThreat)
            {
                findings.Threat = true;
            }
            else
            {
                findings.Targeted = true;
                findings.Insults++;
            }

            findings.AddTerm(phrase.Text);
            return;
        }
    }

    /// <summary>
    /// An insult is aimed at a person when a second-person word or mention comes shortly before it in the same
    /// sentence ("you are such an idiot", "@user is a moron") with no negation between, or right after it ("idiot, you").
    /// </summary>
    private bool IsAimedAtPerson(NormalizedText text, int insult)
    {
        for (var k = insult - 1; k >= 0 && k >= insult - TargetWindow; k--)
        {
            if ((text.Flags(k + 1) & TokenFlags.SentenceStart) != 0)
            {
                break;
            }

            var kind = KindAt(text, k);
            if ((kind & TermKind.Negation) != 0)
            {
                return false;
            }

            if ((kind & TermKind.SecondPerson) != 0)
            {
                return true;
            }
        }

        return HasFollowing(text, insult, 2, TermKind.SecondPerson);
    }

    /// <summary>A threat verb aimed at the reader ("kill you", "shoot u"); "hurt your case" is not aimed at a person.</summary>
    private bool HasThreatObject(NormalizedText text, int verb)
    {
        for (var k = verb + 1; k < text.TokenCount && k <= verb + ThreatWindow; k++)
        {
            if ((text.Flags(k) & TokenFlags.SentenceStart) != 0)
            {
                return false;
            }

            var token = text.Token(k);
            if ((KindAt(text, k) & TermKind.SecondPerson) != 0 && !token.SequenceEqual("your") && !token.SequenceEqual("ur"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFollowing(NormalizedText text, int index, int window, TermKind wanted)
    {
        for (var k = index + 1; k < text.TokenCount && k <= index + window; k++)
        {
            if ((text.Flags(k) & TokenFlags.SentenceStart) != 0)
            {
                return false;
            }

            if ((KindAt(text, k) & wanted) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPreceding(NormalizedText text, int index, int window, TermKind wanted)
    {
        for (var k = index - 1; k >= 0 && k >= index - window; k--)
        {
            if ((text.Flags(k + 1) & TokenFlags.SentenceStart) != 0)
            {
                return false;
            }

            if ((KindAt(text, k) & wanted) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private TermKind KindAt(NormalizedText text, int index)
    {
        if ((text.Flags(index) & TokenFlags.Mention) != 0)
        {
            return TermKind.SecondPerson;
        }

        return _lexicon.TryGet(text.Token(index), out var term) ? term.Kind : TermKind.None;
    }
}
