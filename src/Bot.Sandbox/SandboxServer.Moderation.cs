using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox;

/// <summary>Moderators acting by hand (not through the bot): the bot sees the events and audit-log entries.</summary>
public sealed partial class SandboxServer
{
    /// <summary>A moderator times a member out; GUILD_MEMBER_UPDATE and GUILD_AUDIT_LOG_ENTRY_CREATE.</summary>
    public Task TimeoutAsModeratorAsync(ulong guildId, ulong moderatorId, ulong targetId, DateTimeOffset? until, string? reason)
    {
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            RequireModerator(guild, moderatorId, SandboxPermissions.ModerateMembers);
            var member = guild.Members.TryGetValue(targetId, out var m) ? m : throw new ArgumentException($"User {targetId} is not a member.", nameof(targetId));
            _world.SetTimeout(guild, member, until, moderatorId, reason);
        }

        return Task.CompletedTask;
    }

    /// <summary>A moderator bans a user; GUILD_BAN_ADD, GUILD_MEMBER_REMOVE and GUILD_AUDIT_LOG_ENTRY_CREATE.</summary>
    public Task BanAsModeratorAsync(ulong guildId, ulong moderatorId, ulong targetId, string? reason)
    {
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            RequireModerator(guild, moderatorId, SandboxPermissions.BanMembers);
            _world.RequireUser(targetId);
            _world.Ban(guild, targetId, moderatorId, reason, TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public DateTimeOffset? GetTimeout(ulong guildId, ulong userId)
    {
        lock (_world.Sync)
        {
            return _world.RequireGuild(guildId).Members.TryGetValue(userId, out var member) && member.TimeoutUntil is { } until && until > _world.Now
                ? until
                : null;
        }
    }

    public IReadOnlyList<SandboxBan> GetBans(ulong guildId)
    {
        lock (_world.Sync)
        {
            return [.. _world.RequireGuild(guildId).Bans.Values];
        }
    }

    public bool IsMember(ulong guildId, ulong userId)
    {
        lock (_world.Sync)
        {
            return _world.RequireGuild(guildId).Members.ContainsKey(userId);
        }
    }

    /// <summary>The guild's audit log, oldest first; reasons are URL-decoded from <c>X-Audit-Log-Reason</c>.</summary>
    public IReadOnlyList<SandboxAuditLogEntry> GetAuditLog(ulong guildId)
    {
        lock (_world.Sync)
        {
            return [.. _world.RequireGuild(guildId).AuditLog];
        }
    }

    private static void RequireModerator(GuildState guild, ulong moderatorId, ulong permission)
    {
        if ((World.ComputePermissions(guild, moderatorId) & permission) != permission)
        {
            throw new InvalidOperationException($"User {moderatorId} lacks permission {permission} in guild {guild.Id}.");
        }
    }
}
