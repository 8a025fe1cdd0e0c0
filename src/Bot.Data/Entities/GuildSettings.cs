namespace Bot.Data.Entities;

/// <summary>One guild's moderation policy, as its admins set it.</summary>
public sealed class GuildSettings
{
    public ulong GuildId { get; set; }

    public ModerationMode Mode { get; set; } = ModerationMode.Shadow;

    public ulong? ModLogChannelId { get; set; }

    public double IncivilityFlagThreshold { get; set; } = 0.6;
    public double IncivilityDeleteThreshold { get; set; } = 0.85;
    public double IncivilityTimeoutThreshold { get; set; } = 0.95;

    public double RepetitionFlagThreshold { get; set; } = 0.5;
    public double RepetitionDeleteThreshold { get; set; } = 0.8;
    public double RepetitionTimeoutThreshold { get; set; } = 0.95;

    /// <summary>Timeout applied when a score passes its timeout threshold outside the strike ladder.</summary>
    public int TimeoutMinutes { get; set; } = 10;

    /// <summary>Strikes older than this no longer count towards the ladder.</summary>
    public int StrikeDecayDays { get; set; } = 7;

    /// <summary>Whether messages from other bots are exempt from scoring.</summary>
    public bool ExemptOtherBots { get; set; } = true;

    public List<WatchedChannel> WatchedChannels { get; set; } = [];
    public List<Exemption> Exemptions { get; set; } = [];
    public List<LadderStep> Ladder { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
