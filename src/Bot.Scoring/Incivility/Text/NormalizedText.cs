namespace Bot.Scoring.Incivility.Text;

/// <summary>
/// A message reduced to lower-case, de-obfuscated tokens, plus the letter counts shouting needs.
/// Reused per thread by the scorer, so its buffers grow once and are not reallocated per message.
/// </summary>
internal sealed class NormalizedText
{
    private char[] _chars = new char[512];
    private TokenSpan[] _tokens = new TokenSpan[128];

    public int TokenCount { get; private set; }

    /// <summary>Letters seen outside code blocks (for the shouting ratio).</summary>
    public int Letters { get; set; }

    /// <summary>Upper-case letters among <see cref="Letters"/>.</summary>
    public int UpperLetters { get; set; }

    /// <summary>How many tokens needed de-obfuscation (leetspeak, separators, wildcards, stretched letters) to match a term.</summary>
    public int Deobfuscated { get; set; }

    public int CharLength { get; private set; }

    public ReadOnlySpan<char> Token(int index) => _chars.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public TokenFlags Flags(int index) => _tokens[index].Flags;

    public void Clear()
    {
        TokenCount = 0;
        CharLength = 0;
        Letters = 0;
        UpperLetters = 0;
        Deobfuscated = 0;
    }

    /// <summary>Appends a token's characters; they are committed by <see cref="CommitToken"/>.</summary>
    public int BeginToken() => CharLength;

    public void AppendChar(char c)
    {
        if (CharLength == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[CharLength++] = c;
    }

    /// <summary>Characters appended since <paramref name="start"/>, still open for rewriting.</summary>
    public Span<char> Pending(int start) => _chars.AsSpan(start, CharLength - start);

    public void Truncate(int length) => CharLength = length;

    public void CommitToken(int start, TokenFlags flags)
    {
        if (CharLength == start)
        {
            return;
        }

        if (TokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[TokenCount++] = new TokenSpan(start, CharLength - start, flags);
    }

    /// <summary>Replaces tokens [<paramref name="first"/>, first+count) by one token with <paramref name="text"/>.</summary>
    public void MergeTokens(int first, int count, ReadOnlySpan<char> text, TokenFlags flags)
    {
        var start = CharLength;
        foreach (var c in text)
        {
            AppendChar(c);
        }

        _tokens[first] = new TokenSpan(start, text.Length, flags | (_tokens[first].Flags & TokenFlags.SentenceStart));
        Array.Copy(_tokens, first + count, _tokens, first + 1, TokenCount - first - count);
        TokenCount -= count - 1;
    }

    public void ReplaceToken(int index, ReadOnlySpan<char> text, TokenFlags addFlags)
    {
        var start = CharLength;
        foreach (var c in text)
        {
            AppendChar(c);
        }

        _tokens[index] = new TokenSpan(start, text.Length, _tokens[index].Flags | addFlags);
    }

    /// <summary>The tokens joined by single spaces (for tests and diagnostics; allocates).</summary>
    public override string ToString()
    {
        var parts = new string[TokenCount];
        for (var i = 0; i < TokenCount; i++)
        {
            parts[i] = Token(i).ToString();
        }

        return string.Join(' ', parts);
    }

    private readonly record struct TokenSpan(int Start, int Length, TokenFlags Flags);
}

/// <summary>What the normaliser knows about a token beyond its text.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>First token after sentence punctuation or a line break: targeting windows stop here.</summary>
    SentenceStart = 1,

    /// <summary>A user mention (<c>&lt;@id&gt;</c> or <c>@name</c>), text <c>@user</c>.</summary>
    Mention = 2,

    /// <summary>Only matched a lexicon term after undoing obfuscation.</summary>
    Deobfuscated = 4,
}
