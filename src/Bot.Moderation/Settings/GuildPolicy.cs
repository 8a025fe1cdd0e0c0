using System.Collections.Frozen;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Policy;

namespace Bot.Moderation.Settings;

/// <summary>An immutable snapshot of one guild's moderation settings, shaped for fast lookups on every message.</summary>
public sealed record GuildPolicy(
    GuildId GuildId,
    ModerationMode Mode,
    ChannelId? ModLogChannel,
    ScoreThresholds Incivility,
    ScoreThresholds Repetition,
    TimeSpan Timeout,
    TimeSpan StrikeDecay,
    bool ExemptOtherBots,
    FrozenSet<ulong> WatchedChannels,
    FrozenSet<ulong> ExemptRoles,
    FrozenSet<ulong> ExemptChannels,
    FrozenSet<ulong> ExemptUsers,
    IReadOnlyList<LadderRung> Ladder)
{
    /// <summary>The policy of a guild without stored settings: shadow mode, nothing watched.</summary>
    public static GuildPolicy Unconfigured(GuildId guild) => FromSettings(new GuildSettings { GuildId = guild.Value });

    public bool IsShadow => Mode == ModerationMode.Shadow;

    public static GuildPolicy FromSettings(GuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ladder = settings.Ladder.Count == 0
            ? LadderRung.Defaults
            : settings.Ladder
                .OrderBy(step => step.Strike)
                .Select(step => new LadderRung(
                    step.Strike,
                    step.Action,
                    step.TimeoutMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
                    step.AlertModerators))
                .ToArray();
        return new GuildPolicy(
            new GuildId(settings.GuildId),
            settings.Mode,
            settings.ModLogChannelId is { } modLog ? new ChannelId(modLog) : null,
            new ScoreThresholds(settings.IncivilityFlagThreshold, settings.IncivilityDeleteThreshold, settings.IncivilityTimeoutThreshold),
            new ScoreThresholds(settings.RepetitionFlagThreshold, settings.RepetitionDeleteThreshold, settings.RepetitionTimeoutThreshold),
            TimeSpan.FromMinutes(Math.Max(1, settings.TimeoutMinutes)),
            TimeSpan.FromDays(Math.Max(0, settings.StrikeDecayDays)),
            settings.ExemptOtherBots,
            settings.WatchedChannels.Select(w => w.ChannelId).ToFrozenSet(),
            Targets(settings, ExemptionKind.Role),
            Targets(settings, ExemptionKind.Channel),
            Targets(settings, ExemptionKind.User),
            ladder);
    }

    private static FrozenSet<ulong> Targets(GuildSettings settings, ExemptionKind kind) =>
        settings.Exemptions.Where(e => e.Kind == kind).Select(e => e.TargetId).ToFrozenSet();
}
