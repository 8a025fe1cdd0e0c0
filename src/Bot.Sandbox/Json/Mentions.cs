using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Json;

/// <summary>Finds the user, role and @everyone mentions in a message's content, the way Discord fills <c>mentions</c>.</summary>
internal static partial class Mentions
{
    public static (IReadOnlyList<UserState> Users, IReadOnlyList<ulong> Roles, bool Everyone) Parse(World world, MessageState message)
    {
        var users = new List<UserState>();
        var roles = new List<ulong>();
        foreach (Match match in MentionPattern().Matches(message.Content))
        {
            var id = ulong.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["role"].Success)
            {
                if (!roles.Contains(id))
                {
                    roles.Add(id);
                }
            }
            else if (world.Users.TryGetValue(id, out var user) && !users.Contains(user))
            {
                users.Add(user);
            }
        }

        var everyone = message.Content.Contains("@everyone", StringComparison.Ordinal) || message.Content.Contains("@here", StringComparison.Ordinal);
        return (users, roles, everyone);
    }

    public static bool MentionsUser(World world, MessageState message, ulong userId) =>
        Parse(world, message).Users.Any(u => u.Id == userId);

    [GeneratedRegex(@"<@(?:!|(?<role>&))?(?<id>\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
