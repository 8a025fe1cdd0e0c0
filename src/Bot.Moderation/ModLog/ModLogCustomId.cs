using System.Globalization;

namespace Bot.Moderation.ModLog;

/// <summary>The custom ids of the mod-log buttons: <c>modlog:&lt;verb&gt;:&lt;case id&gt;</c>.</summary>
public static class ModLogCustomId
{
    public const string Prefix = "modlog:";
    public const string Undo = "undo";
    public const string Confirm = "confirm";
    public const string NotUncivil = "notuncivil";

    public static string For(string verb, long caseId) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{verb}:{caseId}");

    /// <summary>Reads a custom id; false for anything not made by <see cref="For"/>.</summary>
    public static bool TryParse(string? customId, out string verb, out long caseId)
    {
        verb = "";
        caseId = 0;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = customId[Prefix.Length..].Split(':');
        if (parts.Length != 2 || parts[0] is not (Undo or Confirm or NotUncivil)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out caseId))
        {
            return false;
        }

        verb = parts[0];
        return true;
    }
}
