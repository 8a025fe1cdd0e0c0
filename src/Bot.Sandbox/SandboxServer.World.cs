using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox;

/// <summary>World building: users, guilds, roles, channels, members and the bot's permissions.</summary>
public sealed partial class SandboxServer
{
    public SandboxUser CreateUser(string name, bool bot = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_world.Sync)
        {
            var user = _world.CreateUser(name, bot);
            return new SandboxUser(user.Id, user.Name, user.Bot);
        }
    }

    /// <summary>Creates a guild owned by <paramref name="ownerId"/> with the bot as a member; connected shards get GUILD_CREATE.</summary>
    public SandboxGuild CreateGuild(string name, ulong ownerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_world.Sync)
        {
            var guild = _world.CreateGuild(name, ownerId);
            return new SandboxGuild(guild.Id, guild.Name, guild.OwnerId, guild.BotRoleId);
        }
    }

    public SandboxRole CreateRole(ulong guildId, string name, int position, ulong permissions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_world.Sync)
        {
            var role = _world.CreateRole(_world.RequireGuild(guildId), name, position, permissions);
            return new SandboxRole(role.Id, guildId, role.Name, role.Position, role.Permissions);
        }
    }

    public SandboxChannel CreateTextChannel(ulong guildId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_world.Sync)
        {
            return World.Snapshot(_world.CreateTextChannel(_world.RequireGuild(guildId), name));
        }
    }

    /// <summary>Adds a user to a guild with the given roles; GUILD_MEMBER_ADD.</summary>
    public void AddMember(ulong guildId, ulong userId, params ulong[] roles)
    {
        lock (_world.Sync)
        {
            _world.AddMember(_world.RequireGuild(guildId), _world.RequireUser(userId), roles);
        }
    }

    /// <summary>Replaces a member's roles; GUILD_MEMBER_UPDATE.</summary>
    public void SetMemberRoles(ulong guildId, ulong userId, params ulong[] roles)
    {
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            var member = guild.Members.TryGetValue(userId, out var m) ? m : throw new ArgumentException($"User {userId} is not a member.", nameof(userId));
            _world.SetMemberRoles(guild, member, roles);
        }
    }

    /// <summary>Sets the permissions of the bot's managed role in a guild (e.g. take MODERATE_MEMBERS away).</summary>
    public void SetBotPermissions(ulong guildId, ulong permissions)
    {
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            _world.SetRolePermissions(guild, guild.Roles[guild.BotRoleId], permissions);
        }
    }
}
