using System.ComponentModel.DataAnnotations;

namespace Bot.Moderation;

/// <summary>How the moderation pipeline runs (section <c>Bot:Moderation</c>).</summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Bot:Moderation";

    /// <summary>Events one guild's lane holds before the gateway reader waits (back-pressure, never dropping).</summary>
    [Range(1, 100_000)]
    public int LaneCapacity { get; set; } = 1_000;

    /// <summary>Guild lanes processed at the same time.</summary>
    [Range(1, 256)]
    public int MaxParallelGuilds { get; set; } = 8;

    /// <summary>Recently seen message versions (id + content hash) remembered to ignore gateway replays.</summary>
    [Range(100, 10_000_000)]
    public int DedupeCapacity { get; set; } = 50_000;

    /// <summary>How long a guild's cached policy is trusted before it is read again, even without an invalidation.</summary>
    [Range(1, 86_400)]
    public int SettingsCacheSeconds { get; set; } = 300;

    /// <summary>Scored messages kept per guild for threshold previews; older rows are trimmed.</summary>
    [Range(10, 1_000_000)]
    public int ScoredMessagesPerGuild { get; set; } = 5_000;

    /// <summary>How long an action the bot took is remembered so Discord's echo of it opens no second case.</summary>
    [Range(5, 3_600)]
    public int SelfActionMemorySeconds { get; set; } = 300;

    /// <summary>Whether Pending cases left by a killed process are settled when the pipeline starts.</summary>
    public bool SettlePendingOnStart { get; set; } = true;

    /// <summary>Thread heat: the window over which flagged messages are counted.</summary>
    [Range(10, 86_400)]
    public int HeatWindowSeconds { get; set; } = 300;

    /// <summary>Thread heat: flagged messages within the window that turn slowmode on.</summary>
    [Range(2, 10_000)]
    public int HeatFlaggedMessages { get; set; } = 5;

    /// <summary>Thread heat: the slowmode applied to a hot thread (seconds between one member's messages).</summary>
    [Range(1, 21_600)]
    public int HeatSlowmodeSeconds { get; set; } = 30;

    /// <summary>Thread heat: how long a thread must stay without flagged messages before slowmode is lifted.</summary>
    [Range(10, 86_400)]
    public int HeatCalmSeconds { get; set; } = 600;
}
