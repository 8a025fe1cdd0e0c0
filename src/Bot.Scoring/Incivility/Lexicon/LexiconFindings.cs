namespace Bot.Scoring.Incivility.Lexicon;

/// <summary>
/// What the lexicon layer found in one message. Reused per thread by the scorer; the term list holds lexicon
/// strings (never copies of the message), so filling it does not allocate.
/// </summary>
internal sealed class LexiconFindings
{
    public const int MaxTerms = 6;

    private readonly string[] _terms = new string[MaxTerms];

    public int Profanity { get; set; }

    public int Insults { get; set; }

    /// <summary>An insult or abusive phrase aimed at the reader or a mentioned user.</summary>
    public bool Targeted { get; set; }

    public bool Threat { get; set; }

    /// <summary>A slur, or an identity group called vermin, animals and the like.</summary>
    public bool IdentityAttack { get; set; }

    public bool SecondPerson { get; set; }

    public int Mentions { get; set; }

    public bool Shouting { get; set; }

    /// <summary>Upper-case share of the letters, 0 when there are too few letters to judge.</summary>
    public float CapsRatio { get; set; }

    public bool Deobfuscated { get; set; }

    public int TermCount { get; private set; }

    public string Term(int index) => _terms[index];

    public bool Any => Profanity > 0 || Insults > 0 || Targeted || Threat || IdentityAttack || Shouting;

    public void Clear()
    {
        Profanity = 0;
        Insults = 0;
        Targeted = false;
        Threat = false;
        IdentityAttack = false;
        SecondPerson = false;
        Mentions = 0;
        Shouting = false;
        CapsRatio = 0;
        Deobfuscated = false;
        TermCount = 0;
    }

    public void AddTerm(string term)
    {
        if (TermCount == MaxTerms)
        {
            return;
        }

        for (var i = 0; i < TermCount; i++)
        {
            if (string.Equals(_terms[i], term, StringComparison.Ordinal))
            {
                return;
            }
        }

        _terms[TermCount++] = term;
    }
}
