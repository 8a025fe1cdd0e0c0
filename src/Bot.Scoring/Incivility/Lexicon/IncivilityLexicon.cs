namespace Bot.Scoring.Incivility.Lexicon;

/// <summary>
/// The word lists the lexicon layer matches against normalised tokens: profanity, insults, slurs, threat
/// verbs, second-person words, negations, dehumanising words and identity groups, plus a few phrases.
/// Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class IncivilityLexicon
{
    private const int MaxWord = 40;

    /// <summary>A masked stem needs this many letters shown ("f*ck" has three); "***ting" could be anything.</summary>
    private const int MinVisibleStemLetters = 2;

    private static readonly string[] ProfanityWords =
    [
        "fuck", "fck", "fk", "fuk", "fucc", "phuck", "fukin", "fucken", "shit", "shitty", "sht", "bullshit", "crap", "crappy",
        "damn", "goddamn", "ass", "arse", "asshole", "arsehole", "asses", "bitch", "bitches", "bastard", "dick", "dickhead",
        "cock", "cunt", "pussy", "piss", "pissed", "twat", "wanker", "bollocks", "motherfucker", "mofo", "wtf", "stfu",
        "whore", "slut", "hoe", "hoes", "tits", "douche", "prick", "nigga", "niggas", "jackass", "dumbass", "smartass",
        "dipshit", "bs",
    ];

    private static readonly string[] InsultWords =
    [
        "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "stupid", "dumb", "dumbass", "imbecile", "cretin",
        "loser", "losers", "clown", "clowns", "pathetic", "scum", "scumbag", "trash", "garbage", "jerk", "twat", "prick",
        "douche", "douchebag", "worthless", "brainless", "clueless", "dimwit", "halfwit", "nitwit", "dipshit", "jackass",
        "retard", "retarded", "hypocrite", "liar", "liars", "coward", "pig", "swine", "libtard", "libtards", "dunce",
        "buffoon", "fool", "fools", "freak", "creep", "degenerate", "lowlife", "sicko", "psycho", "bitch", "asshole",
        "dickhead", "cunt", "whore", "slut", "bastard", "dick", "motherfucker", "wanker", "troll", "shithead", "numbnuts",
        "ignoramus", "imbeciles", "parasite", "disgusting", "stupidest", "dumbest", "idiocy",
    ];

    private static readonly string[] SlurWords =
    [
        "nigger", "niggers", "faggot", "faggots", "fag", "fags", "kike", "kikes", "spic", "spics", "chink", "chinks",
        "wetback", "wetbacks", "tranny", "trannies", "dyke", "dykes", "gook", "gooks", "raghead", "ragheads",
        "towelhead", "towelheads", "coon", "coons", "beaner", "beaners", "paki", "pakis", "retard", "retards",
        "retarded", "sandnigger", "kaffir", "shemale",
    ];

    private static readonly string[] ThreatVerbs =
    [
        "kill", "murder", "shoot", "stab", "hang", "lynch", "strangle", "choke", "rape", "behead", "slaughter",
        "punch", "torture", "slit",
    ];

    private static readonly string[] SecondPersonWords =
    [
        "you", "u", "ya", "ye", "youre", "ur", "your", "yourself", "yourselves", "yall", "thou", "yu",
    ];

    private static readonly string[] NegationWords =
    [
        "not", "never", "no", "isnt", "arent", "aint", "dont", "didnt", "wasnt", "werent", "nor", "hardly",
    ];

    private static readonly string[] DehumanizingWords =
    [
        "animals", "vermin", "subhuman", "subhumans", "parasites", "cockroaches", "rats", "savages", "filth", "scum",
        "disease", "plague", "infestation", "apes", "monkeys", "mongrels", "inbred", "inferior",
    ];

    private static readonly string[] IdentityGroupWords =
    [
        "jews", "jew", "muslims", "muslim", "blacks", "whites", "gays", "gay", "lesbians", "immigrants", "migrants",
        "refugees", "mexicans", "arabs", "asians", "africans", "chinese", "indians", "christians", "women", "trans",
        "transgender", "homosexuals", "latinos", "hispanics", "catholics", "islam", "negroes", "jewish", "black",
    ];

    private static readonly string[] FunctionWords =
    [
        "the", "and", "are", "was", "were", "been", "being", "has", "have", "had", "this", "that", "these", "those",
        "what", "with", "for", "from", "but", "all", "just", "who", "how", "why", "its", "they", "them", "their",
        "she", "her", "his", "him", "our", "out", "get", "got", "can", "will", "would", "like", "such", "very",
        "user", "url",
    ];

    /// <summary>Prefixes that carry their kind into any longer word ("fucking", "shitposting", "bitchy").</summary>
    private static readonly LexiconTerm[] Stems =
    [
        new("fuck", TermKind.Profanity),
        new("fuk", TermKind.Profanity),
        new("motherf", TermKind.Profanity | TermKind.Insult),
        new("shit", TermKind.Profanity),
        new("bullshit", TermKind.Profanity),
        new("bitch", TermKind.Profanity | TermKind.Insult),
        new("cunt", TermKind.Profanity | TermKind.Insult),
        new("whore", TermKind.Profanity | TermKind.Insult),
        new("slut", TermKind.Profanity | TermKind.Insult),
        new("asshole", TermKind.Profanity | TermKind.Insult),
        new("dumbass", TermKind.Profanity | TermKind.Insult),
        new("nigger", TermKind.Slur),
        new("faggot", TermKind.Slur),
        new("idiot", TermKind.Insult),
        new("moron", TermKind.Insult),
    ];

    private static readonly (string Text, bool IsThreat)[] PhraseTexts =
    [
        ("fuck you", false), ("fuck u", false), ("fuck off", false), ("fuck yourself", false), ("screw you", false),
        ("shut up", false), ("shut the fuck up", false), ("piss off", false), ("go to hell", false), ("eat shit", false),
        ("suck my", false), ("gfy", false), ("stfu", false), ("hope you die", true), ("you should die", true),
        ("you deserve to die", true), ("die in a fire", true), ("go die", true), ("drop dead", true), ("kys", true),
        ("i know where you live", true), ("watch your back", true), ("you will die", true), ("hope you get", true),
    ];

    private readonly Dictionary<string, LexiconTerm> _terms;
    private readonly Dictionary<string, LexiconTerm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, LexiconPhrase[]> _phrases;
    private readonly Dictionary<string, LexiconPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly LexiconTerm[] _maskable;

    public IncivilityLexicon()
    {
        _terms = new Dictionary<string, LexiconTerm>(StringComparer.Ordinal);
        Add(ProfanityWords, TermKind.Profanity);
        Add(InsultWords, TermKind.Insult);
        Add(SlurWords, TermKind.Slur);
        Add(ThreatVerbs, TermKind.ThreatVerb);
        Add(SecondPersonWords, TermKind.SecondPerson);
        Add(NegationWords, TermKind.Negation);
        Add(DehumanizingWords, TermKind.Dehumanizing);
        Add(IdentityGroupWords, TermKind.IdentityGroup);
        Add(FunctionWords, TermKind.Function);

        var phrases = PhraseTexts
            .Select(p => new LexiconPhrase(p.Text, p.Text.Split(' '), p.IsThreat))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
        foreach (var first in phrases.Keys)
        {
            Add([first], TermKind.PhraseStart);
        }

        _phrases = phrases;
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _maskable = _terms.Values
            .Where(t => (t.Kind & (TermKind.Profanity | TermKind.Insult | TermKind.Slur)) != 0)
            .OrderBy(t => (t.Kind & TermKind.Profanity) != 0 ? 0 : 1)
            .ThenBy(t => t.Text, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Looks a normalised token up: exact word, then a profanity stem, then without a plural "s".</summary>
    public bool TryGet(ReadOnlySpan<char> token, out LexiconTerm term)
    {
        if (_lookup.TryGetValue(token, out term!))
        {
            return true;
        }

        if (token.Length >= 4)
        {
            foreach (var stem in Stems)
            {
                if (token.StartsWith(stem.Text, StringComparison.Ordinal))
                {
                    term = stem;
                    return true;
                }
            }

            if (token[^1] == 's' && _lookup.TryGetValue(token[..^1], out term!) && (term.Kind & ~TermKind.PhraseStart) != 0)
            {
                return true;
            }
        }

        term = null!;
        return false;
    }

    /// <summary>
    /// For a de-obfuscated candidate (leetspeak mapped, '*' as a wildcard, runs shortened): the abusive term it
    /// spells, trying doubled letters as single ones too ("fuuck" → "fuck"). Only abusive words are restored.
    /// </summary>
    public bool TryRestore(ReadOnlySpan<char> candidate, out string term)
    {
        term = string.Empty;
        if (candidate.Length is < 2 or > MaxWord)
        {
            return false;
        }

        if (candidate.Contains('*'))
        {
            return TryMatchMask(candidate, out term);
        }

        if (TryGetAbusive(candidate, out term))
        {
            return true;
        }

        Span<char> single = stackalloc char[candidate.Length];
        var length = 0;
        foreach (var c in candidate)
        {
            if (length == 0 || single[length - 1] != c)
            {
                single[length++] = c;
            }
        }

        return length != candidate.Length && TryGetAbusive(single[..length], out term);
    }

    /// <summary>Phrases starting with <paramref name="first"/>, longest first.</summary>
    public ReadOnlySpan<LexiconPhrase> PhrasesStartingWith(ReadOnlySpan<char> first) =>
        _phraseLookup.TryGetValue(first, out var phrases) ? phrases : [];

    private bool TryGetAbusive(ReadOnlySpan<char> candidate, out string term)
    {
        if (TryGet(candidate, out var hit) && (hit.Kind & (TermKind.Profanity | TermKind.Insult | TermKind.Slur | TermKind.SecondPerson)) != 0)
        {
            // A stem hit keeps the whole restored word only if it is itself a term; otherwise the stem stands for it.
            term = hit.Text;
            return true;
        }

        term = string.Empty;
        return false;
    }

    private bool TryMatchMask(ReadOnlySpan<char> mask, out string term)
    {
        // Fully masked words ("****") say nothing about which word was meant.
        if (!mask.ContainsAnyExcept('*'))
        {
            term = string.Empty;
            return false;
        }

        foreach (var candidate in _maskable)
        {
            if (candidate.Text.Length != mask.Length)
            {
                continue;
            }

            if (MatchesMask(mask, candidate.Text))
            {
                term = candidate.Text;
                return true;
            }
        }

        return TryMatchMaskedStem(mask, out term);
    }

    /// <summary>A masked stem with a plain ending ("f*cking", "sh*tty"): the stem restored, the ending kept.</summary>
    private static bool TryMatchMaskedStem(ReadOnlySpan<char> mask, out string term)
    {
        foreach (var stem in Stems)
        {
            var length = stem.Text.Length;
            if (mask.Length <= length
                || mask[length..].Contains('*')
                || length - mask[..length].Count('*') < MinVisibleStemLetters
                || !MatchesMask(mask[..length], stem.Text))
            {
                continue;
            }

            term = string.Concat(stem.Text, mask[length..]);
            return true;
        }

        term = string.Empty;
        return false;
    }

    private static bool MatchesMask(ReadOnlySpan<char> mask, string word)
    {
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != '*' && mask[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string[] words, TermKind kind)
    {
        foreach (var word in words)
        {
            _terms[word] = _terms.TryGetValue(word, out var existing) ? existing with { Kind = existing.Kind | kind } : new LexiconTerm(word, kind);
        }
    }
}
