using System.Text.Json.Nodes;
using Bot.Sandbox.Gateway;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.State;

/// <summary>Member and moderation operations (timeout, kick, ban) with their events and audit entries; call under the lock.</summary>
internal sealed partial class World
{
    public void SetTimeout(GuildState guild, MemberState member, DateTimeOffset? until, ulong actorId, string? reason)
    {
        var old = member.TimeoutUntil;
        member.TimeoutUntil = until;
        EmitMemberUpdate(guild, member);
        AddAuditEntry(guild, SandboxAuditLogEntry.MemberUpdate, actorId, member.UserId, reason,
            new AuditChange("communication_disabled_until", old is { } o ? Payloads.Timestamp(o) : null, until is { } u ? Payloads.Timestamp(u) : null));
    }

    public void EmitMemberUpdate(GuildState guild, MemberState member)
    {
        var payload = Payloads.Member(this, member, withUser: true);
        payload["guild_id"] = Payloads.Id(guild.Id);
        Emit(new GatewayDispatch("GUILD_MEMBER_UPDATE", guild.Id, GatewayIntents.GuildMembers, payload));
    }

    public void Kick(GuildState guild, ulong userId, ulong actorId, string? reason)
    {
        RemoveMember(guild, userId);
        AddAuditEntry(guild, SandboxAuditLogEntry.MemberKick, actorId, userId, reason, null);
    }

    public void Ban(GuildState guild, ulong userId, ulong actorId, string? reason, TimeSpan deleteMessagesFrom)
    {
        guild.Bans[userId] = new SandboxBan(guild.Id, userId, reason);
        Emit(new GatewayDispatch("GUILD_BAN_ADD", guild.Id, GatewayIntents.GuildModeration,
            new JsonObject { ["guild_id"] = Payloads.Id(guild.Id), ["user"] = Payloads.User(Users[userId]) }));
        if (guild.Members.ContainsKey(userId))
        {
            RemoveMember(guild, userId);
        }

        if (deleteMessagesFrom > TimeSpan.Zero)
        {
            var since = Now - deleteMessagesFrom;
            foreach (var channelId in guild.ChannelIds)
            {
                var channel = Channels[channelId];
                var doomed = channel.MessageIds.Select(id => Messages[id])
                    .Where(m => !m.Deleted && m.AuthorId == userId && m.CreatedAt >= since).ToList();
                if (doomed.Count > 0)
                {
                    BulkDelete(channel, doomed, actorId, reason);
                }
            }
        }

        AddAuditEntry(guild, SandboxAuditLogEntry.MemberBanAdd, actorId, userId, reason, null);
    }

    public void Unban(GuildState guild, ulong userId, ulong actorId, string? reason)
    {
        guild.Bans.Remove(userId);
        Emit(new GatewayDispatch("GUILD_BAN_REMOVE", guild.Id, GatewayIntents.GuildModeration,
            new JsonObject { ["guild_id"] = Payloads.Id(guild.Id), ["user"] = Payloads.User(Users[userId]) }));
        AddAuditEntry(guild, SandboxAuditLogEntry.MemberBanRemove, actorId, userId, reason, null);
    }

    /// <summary>Records an audit entry and emits GUILD_AUDIT_LOG_ENTRY_CREATE (GUILD_MODERATION intent).</summary>
    public void AddAuditEntry(GuildState guild, int actionType, ulong actorId, ulong? targetId, string? reason, AuditChange? change)
    {
        var entry = new SandboxAuditLogEntry(Ids.Next(), guild.Id, actionType, actorId, targetId, reason, change?.Key);
        guild.AuditLog.Add(entry);
        var payload = new JsonObject
        {
            ["id"] = Payloads.Id(entry.Id),
            ["guild_id"] = Payloads.Id(guild.Id),
            ["action_type"] = actionType,
            ["user_id"] = Payloads.Id(actorId),
            ["target_id"] = targetId is { } t ? Payloads.Id(t) : null,
            ["reason"] = reason,
            ["changes"] = change is null
                ? new JsonArray()
                : new JsonArray(new JsonObject
                {
                    ["key"] = change.Key,
                    ["old_value"] = change.OldValue,
                    ["new_value"] = change.NewValue,
                }),
        };
        Emit(new GatewayDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE", guild.Id, GatewayIntents.GuildModeration, payload));
    }

    private void RemoveMember(GuildState guild, ulong userId)
    {
        guild.Members.Remove(userId);
        Emit(new GatewayDispatch("GUILD_MEMBER_REMOVE", guild.Id, GatewayIntents.GuildMembers,
            new JsonObject { ["guild_id"] = Payloads.Id(guild.Id), ["user"] = Payloads.User(Users[userId]) }));
    }
}
