using System.ComponentModel.DataAnnotations;

namespace Bot.Scoring.Repetition;

/// <summary>Memory and matching limits of the repetition detector (section <c>Bot:Scoring:Repetition</c>).</summary>
public sealed class RepetitionOptions : IValidatableObject
{
    public const string SectionName = "Bot:Scoring:Repetition";

    /// <summary>Users (per guild, counted across all guilds) remembered at once; the least recently active are evicted beyond it.</summary>
    [Range(1, 10_000_000)]
    public int MaxTrackedUsers { get; set; } = 100_000;

    /// <summary>Recent messages remembered per user. It also caps the rate limits a guild can usefully set.</summary>
    [Range(4, 32)]
    public int HistoryPerUser { get; set; } = 12;

    /// <summary>Users silent this long (by the clock) are forgotten. Windows longer than this see nothing older.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleEviction { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often idle users are swept out.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EvictionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages kept in the copypasta index across all guilds; the oldest go first.</summary>
    [Range(1, 10_000_000)]
    public int MaxCopypastaEntries { get; set; } = 100_000;

    /// <summary>Independent locks; a guild always maps to the same one, so guilds are processed in parallel.</summary>
    [Range(1, 1024)]
    public int LockStripes { get; set; } = 16;

    /// <summary>Estimated Jaccard similarity of two texts' shingles at which they count as the same text.</summary>
    [Range(0.3, 1.0)]
    public double DuplicateSimilarity { get; set; } = 0.65;

    /// <summary>Letters and digits a text needs (after normalising) before it is compared at all: "ok" and "lol" are not copypasta.</summary>
    [Range(TextFingerprinter.ShingleLength, 1000)]
    public int MinFingerprintLength { get; set; } = 12;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxTrackedUsers < LockStripes)
        {
            yield return new ValidationResult(
                $"MaxTrackedUsers ({MaxTrackedUsers}) must be at least LockStripes ({LockStripes}).",
                [nameof(MaxTrackedUsers), nameof(LockStripes)]);
        }

        if (MaxCopypastaEntries < LockStripes)
        {
            yield return new ValidationResult(
                $"MaxCopypastaEntries ({MaxCopypastaEntries}) must be at least LockStripes ({LockStripes}).",
                [nameof(MaxCopypastaEntries), nameof(LockStripes)]);
        }
    }
}
