using Bot.Data.Entities;
using Bot.Moderation.Commands.Framework;

namespace Bot.Moderation.Commands.Config;

/// <summary>One of the six thresholds: a score (incivility, repetition) and a level (flag, delete, timeout).</summary>
public sealed record ThresholdTarget(string Score, string Level)
{
    public static readonly string[] Scores = ["incivility", "repetition"];
    public static readonly string[] Levels = ["flag", "delete", "timeout"];

    /// <summary>Validates the names; throws <see cref="CommandInputException"/> naming the allowed values.</summary>
    public static ThresholdTarget Parse(string score, string level)
    {
        score = score.Trim().ToLowerInvariant();
        level = level.Trim().ToLowerInvariant();
        if (!Scores.Contains(score))
        {
            throw new CommandInputException($"`{score}` is not a score; use {string.Join(" or ", Scores)}.");
        }

        return Levels.Contains(level)
            ? new ThresholdTarget(score, level)
            : throw new CommandInputException($"`{level}` is not a level; use {string.Join(", ", Levels)}.");
    }

    /// <summary>A threshold must lie in 0..1.</summary>
    public static double CheckValue(double value) =>
        value is >= 0 and <= 1 ? value : throw new CommandInputException($"A threshold is between 0 and 1; {value} is not.");

    public double Read(GuildSettings settings) => Accessors(settings)[Array.IndexOf(Levels, Level)].Get();

    public void Write(GuildSettings settings, double value) => Accessors(settings)[Array.IndexOf(Levels, Level)].Set(value);

    /// <summary>The value this threshold compares a scored message's score with.</summary>
    public double ScoreOf(ScoredMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Score == "incivility" ? message.Incivility : message.Repetition;
    }

    /// <summary>Refuses a value that would put flag above delete or delete above timeout for the same score.</summary>
    public void CheckOrder(GuildSettings settings, double value)
    {
        var values = Accessors(settings).Select(a => a.Get()).ToArray();
        values[Array.IndexOf(Levels, Level)] = value;
        if (values[0] > values[1] || values[1] > values[2])
        {
            throw new CommandInputException(
                $"The {Score} thresholds must rise from flag to delete to timeout; with {value} they would be {values[0]}, {values[1]}, {values[2]}.");
        }
    }

    public override string ToString() => $"{Score} {Level}";

    private (Func<double> Get, Action<double> Set)[] Accessors(GuildSettings s) => Score == "incivility"
        ? [(() => s.IncivilityFlagThreshold, v => s.IncivilityFlagThreshold = v),
           (() => s.IncivilityDeleteThreshold, v => s.IncivilityDeleteThreshold = v),
           (() => s.IncivilityTimeoutThreshold, v => s.IncivilityTimeoutThreshold = v)]
        : [(() => s.RepetitionFlagThreshold, v => s.RepetitionFlagThreshold = v),
           (() => s.RepetitionDeleteThreshold, v => s.RepetitionDeleteThreshold = v),
           (() => s.RepetitionTimeoutThreshold, v => s.RepetitionTimeoutThreshold = v)];
}
