namespace Bot.Scoring.Repetition;

/// <summary>A user within one guild: the unit whose history is kept.</summary>
internal readonly record struct UserKey(ulong GuildId, ulong UserId)
{
    // The default record hash combines through HashCode, which is slower than needed on this hot path.
    public override int GetHashCode()
    {
        var h = (GuildId * 0x9E3779B97F4A7C15UL) ^ UserId;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (int)(h ^ (h >> 32));
    }

    public bool Equals(UserKey other) => GuildId == other.GuildId && UserId == other.UserId;
}
