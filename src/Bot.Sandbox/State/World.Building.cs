using Bot.Sandbox.Gateway;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.State;

/// <summary>World-building operations: users, guilds, roles, channels, members; call under the lock.</summary>
internal sealed partial class World
{
    public UserState CreateUser(string name, bool bot)
    {
        var user = new UserState(Ids.Next(), name, bot);
        Users[user.Id] = user;
        Changed.Raise();
        return user;
    }

    /// <summary>Creates a guild with @everyone, the bot's managed role, the owner and the bot as members, then GUILD_CREATE.</summary>
    public GuildState CreateGuild(string name, ulong ownerId)
    {
        RequireUser(ownerId);
        var guild = new GuildState(Ids.Next(), name, ownerId, Now);
        guild.Roles[guild.Id] = new RoleState(guild.Id, "@everyone", 0, SandboxPermissions.DefaultEveryone, managed: false);
        var botRole = new RoleState(Ids.Next(), Options.BotName, Options.BotRolePosition, Options.DefaultBotPermissions, managed: true);
        guild.Roles[botRole.Id] = botRole;
        guild.BotRoleId = botRole.Id;
        guild.Members[ownerId] = new MemberState(ownerId, Now);
        var botMember = new MemberState(Bot.Id, Now);
        botMember.Roles.Add(botRole.Id);
        guild.Members[Bot.Id] = botMember;
        Guilds[guild.Id] = guild;
        Emit(new GatewayDispatch("GUILD_CREATE", guild.Id, GatewayIntents.Guilds, Payloads.Guild(this, guild)));
        return guild;
    }

    public RoleState CreateRole(GuildState guild, string name, int position, ulong permissions)
    {
        var role = new RoleState(Ids.Next(), name, position, permissions, managed: false);
        guild.Roles[role.Id] = role;
        EmitRole("GUILD_ROLE_CREATE", guild, role);
        return role;
    }

    public void SetRolePermissions(GuildState guild, RoleState role, ulong permissions)
    {
        role.Permissions = permissions;
        EmitRole("GUILD_ROLE_UPDATE", guild, role);
    }

    public ChannelState CreateTextChannel(GuildState guild, string name)
    {
        var channel = new ChannelState(Ids.Next(), SandboxChannel.GuildText, guild.Id, name) { CreatedAt = Now };
        Channels[channel.Id] = channel;
        guild.ChannelIds.Add(channel.Id);
        Emit(new GatewayDispatch("CHANNEL_CREATE", guild.Id, GatewayIntents.Guilds, Payloads.Channel(this, channel)));
        return channel;
    }

    public MemberState AddMember(GuildState guild, UserState user, IEnumerable<ulong> roles)
    {
        var member = new MemberState(user.Id, Now);
        member.Roles.AddRange(roles.Where(r => r != guild.Id && guild.Roles.ContainsKey(r)));
        guild.Members[user.Id] = member;
        var payload = Payloads.Member(this, member, withUser: true);
        payload["guild_id"] = Payloads.Id(guild.Id);
        Emit(new GatewayDispatch("GUILD_MEMBER_ADD", guild.Id, GatewayIntents.GuildMembers, payload));
        return member;
    }

    public void SetMemberRoles(GuildState guild, MemberState member, IEnumerable<ulong> roles)
    {
        member.Roles.Clear();
        member.Roles.AddRange(roles.Where(r => r != guild.Id && guild.Roles.ContainsKey(r)));
        EmitMemberUpdate(guild, member);
    }

    /// <summary>The DM channel between the bot and a user, created on first use.</summary>
    public ChannelState DmChannel(UserState user)
    {
        if (user.DmChannelId is { } existing)
        {
            return Channels[existing];
        }

        var channel = new ChannelState(Ids.Next(), SandboxChannel.DirectMessage, null, "") { RecipientId = user.Id, CreatedAt = Now };
        Channels[channel.Id] = channel;
        user.DmChannelId = channel.Id;
        Changed.Raise();
        return channel;
    }

    private void EmitRole(string name, GuildState guild, RoleState role) =>
        Emit(new GatewayDispatch(name, guild.Id, GatewayIntents.Guilds,
            new System.Text.Json.Nodes.JsonObject { ["guild_id"] = Payloads.Id(guild.Id), ["role"] = Payloads.Role(role) }));
}
