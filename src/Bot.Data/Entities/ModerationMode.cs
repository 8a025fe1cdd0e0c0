namespace Bot.Data.Entities;

/// <summary>Whether a guild's policy acts (enforce) or only records what it would have done (shadow).</summary>
public enum ModerationMode
{
    Shadow,
    Enforce,
}
