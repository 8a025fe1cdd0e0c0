using System.Text;
using Bot.Scoring.Repetition;

namespace Bot.Benchmarks.Scoring;

/// <summary>A deterministic stream of chat messages shaped like a busy bot's traffic, for the repetition benchmarks.</summary>
/// <remarks>
/// Most messages are ordinary chatter with distinct words; the rest are what the detector exists for: a user
/// posting the same text again, nearly the same text (case, punctuation, one word changed), groups pasting one
/// of a few copypasta texts, short replies too small to fingerprint, and mention or link floods. Users belong to
/// one of <see cref="Guilds"/> guilds; messages are 5 ms apart, so the stream spans about 83 minutes and the
/// copypasta window always holds tens of thousands of messages.
/// </remarks>
internal static class RepetitionStream
{
    public const int Guilds = 50;
    public const int ChannelsPerGuild = 20;

    private static readonly DateTimeOffset Start = new(2025, 1, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(5);

    private static readonly string[] Vocabulary = BuildVocabulary();

    private static readonly string[] Short = ["ok", "lol", "+1", "this", "agreed", "no way", "source?", "wow", "same", "yes!"];

    /// <summary><paramref name="count"/> messages from <paramref name="users"/> users, the same for the same arguments.</summary>
    public static PostedMessage[] Generate(int count, int users, int seed = 20250124)
    {
        var random = new Random(seed);
        var pastas = new string[200];
        for (var i = 0; i < pastas.Length; i++)
        {
            pastas[i] = Sentence(random, 25, 40) + "! Share this before it gets deleted.";
        }

        var lastText = new string?[users];
        var messages = new PostedMessage[count];
        var builder = new StringBuilder(256);
        for (var i = 0; i < count; i++)
        {
            var user = random.Next(users);
            var guild = (ulong)(user % Guilds) + 1;
            var channel = (guild * 1000) + (ulong)random.Next(ChannelsPerGuild);
            var (text, mentions, links) = Compose(random, builder, lastText[user], pastas);
            lastText[user] = text;
            messages[i] = new PostedMessage(
                guild, channel, IsThread: channel % 4 == 0, (ulong)user + 1, (ulong)i + 1, text, Start + (Spacing * i), mentions, links);
        }

        return messages;
    }

    /// <summary>Messages from <paramref name="count"/> distinct new users, each posting one ordinary sentence once.</summary>
    public static PostedMessage[] DistinctUsers(int count, int seed = 7)
    {
        var random = new Random(seed);
        var messages = new PostedMessage[count];
        for (var i = 0; i < count; i++)
        {
            var guild = (ulong)(i % Guilds) + 1;
            messages[i] = new PostedMessage(
                guild, guild * 1000, IsThread: false, (ulong)i + 1, (ulong)i + 1, Sentence(random, 6, 20), Start + (Spacing * i));
        }

        return messages;
    }

    private static (string Text, int Mentions, int Links) Compose(Random random, StringBuilder builder, string? previous, string[] pastas)
    {
        var roll = random.Next(100);
        if (previous is not null && roll < 10)
        {
            return (previous, 0, 0);
        }

        if (previous is not null && roll < 18)
        {
            return (NearDuplicate(random, builder, previous), 0, 0);
        }

        if (roll < 25)
        {
            var pasta = pastas[random.Next(pastas.Length)];
            return (random.Next(3) == 0 ? pasta.ToUpperInvariant() : pasta, 0, 0);
        }

        if (roll < 28)
        {
            return (Short[random.Next(Short.Length)], 0, 0);
        }

        if (roll < 30)
        {
            return Flood(random, builder);
        }

        return (Sentence(random, 6, 30), 0, 0);
    }

    // The same text with its case, punctuation or one word changed: what evading an exact-match filter looks like.
    private static string NearDuplicate(Random random, StringBuilder builder, string text)
    {
        switch (random.Next(3))
        {
            case 0:
                return text.ToUpperInvariant() + "!!";
            case 1:
                return text.Replace(' ', random.Next(2) == 0 ? '.' : '_');
            default:
                var cut = text.IndexOf(' ', StringComparison.Ordinal);
                builder.Clear().Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(cut < 0 ? " " : text[cut..]);
                return builder.ToString();
        }
    }

    private static (string Text, int Mentions, int Links) Flood(Random random, StringBuilder builder)
    {
        builder.Clear().Append(Vocabulary[random.Next(Vocabulary.Length)]);
        var mentions = random.Next(2) == 0 ? random.Next(3, 12) : 0;
        var links = mentions == 0 ? random.Next(3, 8) : 0;
        for (var i = 0; i < mentions; i++)
        {
            builder.Append(" <@").Append(random.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999)).Append('>');
        }

        for (var i = 0; i < links; i++)
        {
            builder.Append(" https://example.com/").Append(random.Next(1_000_000));
        }

        return (builder.ToString(), mentions, links);
    }

    private static string Sentence(Random random, int minWords, int maxWords)
    {
        var words = random.Next(minWords, maxWords + 1);
        var builder = new StringBuilder(words * 8);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(12) == 0 ? ", " : " ");
            }

            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }

        return builder.Append(random.Next(4) == 0 ? "?" : ".").ToString();
    }

    // Two thousand pronounceable words from syllables, so ordinary sentences rarely share long runs of shingles.
    private static string[] BuildVocabulary()
    {
        string[] onsets = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pl", "r", "s", "st", "t", "tr", "v", "w"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
        string[] codas = ["", "n", "r", "s", "t", "nd", "ck", "ll"];
        var random = new Random(42);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 2000)
        {
            var syllables = random.Next(1, 4);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(codas[random.Next(codas.Length)]);
            }

            words.Add(word.ToString());
        }

        return [.. words];
    }
}
