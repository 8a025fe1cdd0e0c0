using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Our own permission check, run on every use: Discord's default_member_permissions can be changed by server admins.</summary>
public static class PermissionGuard
{
    /// <summary>True when <paramref name="granted"/> holds any of <paramref name="anyOf"/>; Administrator implies all.</summary>
    public static bool Allows(DiscordPermissions granted, DiscordPermissions anyOf) =>
        anyOf == DiscordPermissions.None
        || granted.HasFlag(DiscordPermissions.Administrator)
        || (granted & anyOf) != DiscordPermissions.None;

    /// <summary>Names the permissions for a refusal message ("Manage Messages or Moderate Members").</summary>
    public static string Describe(DiscordPermissions anyOf)
    {
        var names = new List<string>();
        foreach (var flag in Enum.GetValues<DiscordPermissions>())
        {
            if (flag != DiscordPermissions.None && anyOf.HasFlag(flag))
            {
                names.Add(Humanize(flag));
            }
        }

        return string.Join(" or ", names);
    }

    private static string Humanize(DiscordPermissions flag) => flag switch
    {
        DiscordPermissions.ManageMessages => "Manage Messages",
        DiscordPermissions.ModerateMembers => "Moderate Members",
        DiscordPermissions.ManageGuild => "Manage Server",
        DiscordPermissions.KickMembers => "Kick Members",
        DiscordPermissions.BanMembers => "Ban Members",
        _ => flag.ToString(),
    };
}
