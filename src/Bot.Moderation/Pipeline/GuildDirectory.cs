using System.Collections.Concurrent;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// What the gateway told about guilds that moderation and its commands need: which channel a thread belongs to, each
/// channel's guild and slowmode, the roles' permissions and the owner (to exempt moderators, and for the commands' hierarchy
/// check), the guild's name (for DMs sent outside it), and members' roles for partial edits.
/// </summary>
public sealed class GuildDirectory : IChannelGuilds
{
    private const DiscordPermissions ModeratorPermissions = DiscordPermissions.Administrator | DiscordPermissions.ManageMessages;

    private readonly ConcurrentDictionary<ChannelId, ChannelInfo> _channels = new();
    private readonly ConcurrentDictionary<GuildId, GuildRoles> _guilds = new();
    private readonly RecentCache<(GuildId, UserId), IReadOnlyList<RoleId>> _memberRoles = new(100_000);

    public void Apply(GuildInfo guild)
    {
        ArgumentNullException.ThrowIfNull(guild);
        _guilds[guild.Id] = new GuildRoles(guild.OwnerId, guild.Name, new ConcurrentDictionary<RoleId, DiscordPermissions>(
            guild.Roles.Select(r => KeyValuePair.Create(r.Id, r.Permissions))));
        foreach (var channel in guild.Channels.Concat(guild.Threads))
        {
            _channels[channel.Id] = channel with { GuildId = channel.GuildId ?? guild.Id };
        }
    }

    public void Apply(ChannelInfo channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channels[channel.Id] = channel;
    }

    public void Apply(GuildId guild, RoleInfo role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var roles = _guilds.GetOrAdd(guild, _ => new GuildRoles(null, null, new ConcurrentDictionary<RoleId, DiscordPermissions>()));
        roles.Permissions[role.Id] = role.Permissions;
    }

    public void RememberMember(GuildId guild, GuildMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        _memberRoles.Set((guild, member.UserId), member.Roles);
    }

    /// <summary>The guild's owner; null until the guild was seen on the gateway.</summary>
    public UserId? OwnerOf(GuildId guild) => _guilds.TryGetValue(guild, out var known) ? known.Owner : null;

    /// <summary>The guild's name for messages sent outside it (DMs); a neutral phrase when not yet known.</summary>
    public string NameOf(GuildId guild) => _guilds.TryGetValue(guild, out var known) && known.Name is { } name ? name : "a server you are in";

    /// <summary>The member's last known roles; empty when the member was never seen.</summary>
    public IReadOnlyList<RoleId> RolesOf(GuildId guild, UserId user) =>
        _memberRoles.TryGet((guild, user), out var roles) ? roles : [];

    /// <summary>The channel a thread belongs to; null for channels and unknown ids.</summary>
    public ChannelId? ParentOf(ChannelId channel) =>
        _channels.TryGetValue(channel, out var info) && info.IsThread ? info.ParentId : null;

    public GuildId? GuildOf(ChannelId channel) => _channels.TryGetValue(channel, out var info) ? info.GuildId : null;

    public bool IsThread(ChannelId channel) => _channels.TryGetValue(channel, out var info) && info.IsThread;

    /// <summary>The channel's slowmode as last seen (0 when unknown).</summary>
    public int SlowmodeOf(ChannelId channel) => _channels.TryGetValue(channel, out var info) ? info.RateLimitPerUser : 0;

    /// <summary>
    /// Whether the member may manage messages: the owner, or @everyone's or one of their roles' permissions grant
    /// Administrator or Manage Messages. Channel overwrites are not considered.
    /// </summary>
    public bool IsModerator(GuildId guild, UserId user, IReadOnlyList<RoleId> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!_guilds.TryGetValue(guild, out var known))
        {
            return false;
        }

        if (known.Owner == user)
        {
            return true;
        }

        // The @everyone role has the guild's id.
        var permissions = known.Permissions.GetValueOrDefault(new RoleId(guild.Value));
        foreach (var role in roles)
        {
            permissions |= known.Permissions.GetValueOrDefault(role);
        }

        return (permissions & ModeratorPermissions) != 0;
    }

    private sealed record GuildRoles(UserId? Owner, string? Name, ConcurrentDictionary<RoleId, DiscordPermissions> Permissions);
}
