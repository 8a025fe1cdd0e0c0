namespace Bot.Scoring.Incivility.Lexicon;

/// <summary>What a lexicon word is; one word can be several (e.g. "bitch" is profanity and an insult).</summary>
[Flags]
internal enum TermKind
{
    None = 0,
    Profanity = 1,
    Insult = 2,
    Slur = 4,
    ThreatVerb = 8,
    SecondPerson = 16,
    Negation = 32,
    Dehumanizing = 64,
    IdentityGroup = 128,

    /// <summary>First word of a multi-word phrase ("shut up", "hope you die").</summary>
    PhraseStart = 256,

    /// <summary>A grammatical word ("are", "the") that can carry model weight but explains nothing to a moderator.</summary>
    Function = 512,
}

/// <summary>A lexicon word and its kinds. <see cref="Text"/> is the canonical form reported as a term.</summary>
internal sealed record LexiconTerm(string Text, TermKind Kind);

/// <summary>A multi-word phrase and what it signals.</summary>
internal sealed record LexiconPhrase(string Text, string[] Words, bool IsThreat);
