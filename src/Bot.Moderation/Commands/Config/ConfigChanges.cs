using System.Globalization;
using Bot.Data;
using Bot.Data.Entities;
using Bot.Moderation.Commands.Framework;

namespace Bot.Moderation.Commands.Config;

/// <summary>
/// The configuration changes, each a function the editor applies to tracked settings. Each returns its audit
/// detail (old → new) or refuses with a message when there is nothing to change.
/// </summary>
public static class ConfigChanges
{
    public static readonly CaseAction[] LadderActions = [CaseAction.Warn, CaseAction.Delete, CaseAction.Timeout, CaseAction.Kick, CaseAction.Ban];
    public const int MaxLadderStrikes = 10;

    public static Func<BotDbContext, GuildSettings, string> Threshold(ThresholdTarget target, double value) => (_, settings) =>
    {
        ArgumentNullException.ThrowIfNull(target);
        var old = target.Read(settings);
        if (old.Equals(value))
        {
            throw new CommandInputException(Invariant($"The {target} threshold is already {value}."));
        }

        target.CheckOrder(settings, value);
        target.Write(settings, value);
        return Invariant($"{target}: {old} → {value}");
    };

    public static Func<BotDbContext, GuildSettings, string> Mode(ModerationMode mode) => (_, settings) =>
    {
        if (settings.Mode == mode)
        {
            throw new CommandInputException($"The mode is already {mode}.");
        }

        var old = settings.Mode;
        settings.Mode = mode;
        return $"mode: {old} → {mode}";
    };

    public static Func<BotDbContext, GuildSettings, string> ModLog(ulong channel) => (_, settings) =>
    {
        if (settings.ModLogChannelId == channel)
        {
            throw new CommandInputException($"<#{channel}> is already the mod-log channel.");
        }

        var old = settings.ModLogChannelId;
        settings.ModLogChannelId = channel;
        return Invariant($"modlog: {old?.ToString(CultureInfo.InvariantCulture) ?? "none"} → {channel}");
    };

    public static Func<BotDbContext, GuildSettings, string> Watch(ulong channel, bool add, DateTimeOffset now) => (db, settings) =>
    {
        var existing = settings.WatchedChannels.FirstOrDefault(w => w.ChannelId == channel);
        if (add)
        {
            if (existing is not null)
            {
                throw new CommandInputException($"<#{channel}> is already watched.");
            }

            settings.WatchedChannels.Add(new WatchedChannel { GuildId = settings.GuildId, ChannelId = channel, AddedAt = now });
            return Invariant($"watch add {channel}");
        }

        db.WatchedChannels.Remove(existing ?? throw new CommandInputException($"<#{channel}> is not watched."));
        return Invariant($"watch remove {channel}");
    };

    public static Func<BotDbContext, GuildSettings, string> Exempt(ExemptionKind kind, ulong target, bool add, DateTimeOffset now) => (db, settings) =>
    {
        var existing = settings.Exemptions.FirstOrDefault(e => e.Kind == kind && e.TargetId == target);
        if (add)
        {
            if (existing is not null)
            {
                throw new CommandInputException($"That {kind.ToString().ToLowerInvariant()} is already exempt.");
            }

            settings.Exemptions.Add(new Exemption { GuildId = settings.GuildId, Kind = kind, TargetId = target, AddedAt = now });
            return Invariant($"exempt add {kind} {target}");
        }

        db.Exemptions.Remove(existing ?? throw new CommandInputException($"That {kind.ToString().ToLowerInvariant()} is not exempt."));
        return Invariant($"exempt remove {kind} {target}");
    };

    public static Func<BotDbContext, GuildSettings, string> LadderSet(int strike, CaseAction action, int? minutes, bool alert) => (_, settings) =>
    {
        if (strike is < 1 or > MaxLadderStrikes)
        {
            throw new CommandInputException($"`strike` must be between 1 and {MaxLadderStrikes}; it was {strike}.");
        }

        if (!LadderActions.Contains(action))
        {
            throw new CommandInputException($"A ladder step's action is one of {string.Join(", ", LadderActions)}.");
        }

        if (action == CaseAction.Timeout && minutes is not (>= 1 and <= 40_320))
        {
            throw new CommandInputException("A timeout step needs `minutes` between 1 and 40320 (28 days).");
        }

        if (action != CaseAction.Timeout && minutes is not null)
        {
            throw new CommandInputException("`minutes` applies only to a timeout step.");
        }

        var step = settings.Ladder.FirstOrDefault(l => l.Strike == strike);
        var old = step is null ? "none" : Describe(step);
        if (step is null)
        {
            step = new LadderStep { GuildId = settings.GuildId, Strike = strike };
            settings.Ladder.Add(step);
        }

        step.Action = action;
        step.TimeoutMinutes = minutes;
        step.AlertModerators = alert;
        return Invariant($"ladder strike {strike}: {old} → {Describe(step)}");
    };

    public static Func<BotDbContext, GuildSettings, string> LadderRemove(int strike) => (db, settings) =>
    {
        var step = settings.Ladder.FirstOrDefault(l => l.Strike == strike)
            ?? throw new CommandInputException($"The ladder has no step for strike {strike}.");
        db.LadderSteps.Remove(step);
        return Invariant($"ladder strike {strike}: {Describe(step)} → none");
    };

    public static Func<BotDbContext, GuildSettings, string> LadderReset() => (db, settings) =>
    {
        if (settings.Ladder.Count == 0)
        {
            throw new CommandInputException("The ladder is already empty.");
        }

        var old = string.Join("; ", settings.Ladder.OrderBy(l => l.Strike).Select(l => Invariant($"{l.Strike}: {Describe(l)}")));
        db.LadderSteps.RemoveRange(settings.Ladder);
        return $"ladder reset: {old} → the default ladder";
    };

    public static string Describe(LadderStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var minutes = step.TimeoutMinutes is { } m ? Invariant($" {m}m") : "";
        return $"{step.Action}{minutes}{(step.AlertModerators ? " +alert" : "")}";
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
