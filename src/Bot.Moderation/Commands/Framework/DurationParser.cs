using System.Globalization;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Parses durations such as <c>10m</c>, <c>1h30m</c> or <c>7d</c> (units s, m, h, d, w) within a range.</summary>
public static class DurationParser
{
    /// <summary>Discord's longest timeout.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(28);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="CommandInputException"/> with a clear message when invalid or out of range.</summary>
    public static TimeSpan Parse(string? text, TimeSpan min, TimeSpan max)
    {
        if (!TryParse(text, out var duration))
        {
            throw new CommandInputException(
                $"`{text}` is not a duration. Use a number and a unit, e.g. `10m`, `1h30m`, `7d` (units: s, m, h, d, w).");
        }

        if (duration < min || duration > max)
        {
            throw new CommandInputException($"The duration must be between {Format(min)} and {Format(max)}; `{text}` is {Format(duration)}.");
        }

        return duration;
    }

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var span = (text ?? "").Trim().ToLowerInvariant().AsSpan();
        if (span.IsEmpty)
        {
            return false;
        }

        double totalSeconds = 0;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 9 || digits == span.Length)
            {
                return false;
            }

            var amount = long.Parse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            double? unitSeconds = span[digits] switch
            {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                'w' => 604_800,
                _ => null,
            };
            if (unitSeconds is null)
            {
                return false;
            }

            totalSeconds += amount * unitSeconds.Value;
            span = span[(digits + 1)..].TrimStart();
        }

        if (totalSeconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(totalSeconds);
        return true;
    }

    /// <summary>A short human form: <c>1d 2h</c>, <c>10m</c>, <c>45s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var parts = new List<string>(4);
        if (duration.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Days}d"));
        }

        if (duration.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Hours}h"));
        }

        if (duration.Minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m"));
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds}s"));
        }

        return string.Join(' ', parts);
    }
}
