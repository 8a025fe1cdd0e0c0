using System.Globalization;
using Bot.Data.Entities;

namespace Bot.Moderation.Commands.History;

/// <summary>
/// A page of a guild's cases: optionally one user's, one action's, and since a moment. It travels in the paging
/// buttons' custom id, so a page click needs no server-side state.
/// </summary>
public sealed record CaseQuery(bool WithStrikes, int Page, ulong? User, CaseAction? Action, DateTimeOffset? Since)
{
    public const string Prefix = "cases:";

    public string ToCustomId(int page) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Prefix}{(WithStrikes ? 'm' : 'l')}:{page}:{User ?? 0}:{Action?.ToString() ?? "-"}:{Since?.ToUnixTimeSeconds() ?? 0}");

    /// <summary>Reads a custom id written by <see cref="ToCustomId"/>; null when it is not one.</summary>
    public static CaseQuery? Parse(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var parts = customId.Split(':');
        if (parts.Length != 6 || parts[0] != "cases" || parts[1] is not ("m" or "l")
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || !ulong.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            || !long.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var since))
        {
            return null;
        }

        CaseAction? action = null;
        if (parts[4] != "-")
        {
            if (!Enum.TryParse<CaseAction>(parts[4], out var parsed))
            {
                return null;
            }

            action = parsed;
        }

        return new CaseQuery(parts[1] == "m", page, user == 0 ? null : user, action, since == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(since));
    }
}
