using System.Globalization;
using Bot.Data.Entities;

namespace Bot.Moderation.Commands.Records;

/// <summary>How a case reads in a list; a single case is shown with the mod log's own embed.</summary>
public static class CaseFormatter
{
    /// <summary>One line: number, action, user, date, and a mark when pardoned.</summary>
    public static string ToLine(ModerationCase moderationCase)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var pardoned = moderationCase.RescindedAt is null ? "" : " ~~pardoned~~";
        var note = moderationCase.Note is { Length: > 0 } text ? $": {Truncate(text, 80)}" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"`#{moderationCase.Number}` **{moderationCase.Action}** <@{moderationCase.UserId}> <t:{moderationCase.CreatedAt.ToUnixTimeSeconds()}:d>{pardoned}{note}");
    }

    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }
}
