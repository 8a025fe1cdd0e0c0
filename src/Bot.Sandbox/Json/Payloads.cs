using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Json;

/// <summary>Builds Discord's JSON objects (user, member, role, channel, message, guild) from the world; call under the lock.</summary>
internal static class Payloads
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(UserState user) => new()
    {
        ["id"] = Id(user.Id),
        ["username"] = user.Name,
        ["discriminator"] = "0",
        ["global_name"] = user.Bot ? null : user.Name,
        ["avatar"] = null,
        ["bot"] = user.Bot,
        ["system"] = false,
        ["public_flags"] = 0,
    };

    /// <summary>A member; <paramref name="withUser"/> false gives the partial member Discord attaches to MESSAGE_CREATE.</summary>
    public static JsonObject Member(World world, MemberState member, bool withUser)
    {
        var json = new JsonObject
        {
            ["nick"] = null,
            ["avatar"] = null,
            ["roles"] = new JsonArray([.. member.Roles.Select(r => (JsonNode)Id(r))]),
            ["joined_at"] = Timestamp(member.JoinedAt),
            ["premium_since"] = null,
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
            ["communication_disabled_until"] = member.TimeoutUntil is { } until && until > world.Now ? Timestamp(until) : null,
        };
        if (withUser)
        {
            json["user"] = User(world.Users[member.UserId]);
        }

        return json;
    }

    public static JsonObject Role(RoleState role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["color"] = 0,
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = role.Position,
        ["permissions"] = role.Permissions.ToString(CultureInfo.InvariantCulture),
        ["managed"] = role.Managed,
        ["mentionable"] = false,
        ["flags"] = 0,
    };

    public static JsonObject Channel(World world, ChannelState channel)
    {
        var json = new JsonObject
        {
            ["id"] = Id(channel.Id),
            ["type"] = channel.Type,
            ["last_message_id"] = channel.MessageIds.Count > 0 ? Id(channel.MessageIds[^1]) : null,
            ["flags"] = 0,
        };
        if (channel.GuildId is { } guildId)
        {
            json["guild_id"] = Id(guildId);
            json["name"] = channel.Name;
            json["position"] = 0;
            json["permission_overwrites"] = new JsonArray();
            json["parent_id"] = channel.ParentId is { } parent ? Id(parent) : null;
            json["rate_limit_per_user"] = channel.RateLimitPerUser;
            json["nsfw"] = false;
        }

        if (channel.RecipientId is { } recipient)
        {
            json["recipients"] = new JsonArray(User(world.Users[recipient]));
        }

        if (channel.IsThread)
        {
            json["owner_id"] = channel.OwnerId is { } owner ? Id(owner) : null;
            json["message_count"] = channel.MessageCount;
            json["member_count"] = 1;
            json["total_message_sent"] = channel.MessageCount;
            json["thread_metadata"] = new JsonObject
            {
                ["archived"] = false,
                ["auto_archive_duration"] = 1440,
                ["archive_timestamp"] = Timestamp(channel.CreatedAt),
                ["locked"] = false,
                ["create_timestamp"] = Timestamp(channel.CreatedAt),
            };
        }

        return json;
    }

    public static JsonObject Message(World world, MessageState message)
    {
        var author = world.Users[message.AuthorId];
        var (users, roles, everyone) = Mentions.Parse(world, message);
        var json = new JsonObject
        {
            ["id"] = Id(message.Id),
            ["channel_id"] = Id(message.ChannelId),
            ["author"] = User(author),
            ["content"] = message.Content,
            ["timestamp"] = Timestamp(message.CreatedAt),
            ["edited_timestamp"] = message.EditedAt is { } edited ? Timestamp(edited) : null,
            ["tts"] = false,
            ["mention_everyone"] = everyone,
            ["mentions"] = new JsonArray([.. users.Select(u => (JsonNode)User(u))]),
            ["mention_roles"] = new JsonArray([.. roles.Select(r => (JsonNode)Id(r))]),
            ["attachments"] = new JsonArray(),
            ["embeds"] = message.Embeds.DeepClone(),
            ["components"] = message.Components.DeepClone(),
            ["pinned"] = false,
            ["type"] = message.Type,
            ["flags"] = message.Flags,
        };
        if (message.WebhookId is { } webhook)
        {
            json["webhook_id"] = Id(webhook);
            json["application_id"] = Id(world.ApplicationId);
        }

        if (message.ReferencedMessageId is { } referenced && world.Messages.TryGetValue(referenced, out var target))
        {
            json["message_reference"] = new JsonObject
            {
                ["type"] = 0,
                ["message_id"] = Id(referenced),
                ["channel_id"] = Id(target.ChannelId),
                ["guild_id"] = target.GuildId is { } g ? Id(g) : null,
            };
            json["referenced_message"] = target.Deleted ? null : Message(world, target);
        }

        if (message.ThreadId is { } threadId && world.Channels.TryGetValue(threadId, out var thread))
        {
            json["thread"] = Channel(world, thread);
        }

        return json;
    }

    /// <summary>The message as MESSAGE_CREATE carries it: with guild_id and the author's partial member.</summary>
    public static JsonObject MessageEvent(World world, MessageState message)
    {
        var json = Message(world, message);
        if (message.GuildId is { } guildId)
        {
            json["guild_id"] = Id(guildId);
            var guild = world.Guilds[guildId];
            if (guild.Members.TryGetValue(message.AuthorId, out var member))
            {
                json["member"] = Member(world, member, withUser: false);
            }

            if (json["mentions"] is JsonArray mentions)
            {
                foreach (var mention in mentions.OfType<JsonObject>())
                {
                    var id = ulong.Parse(mention["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                    if (guild.Members.TryGetValue(id, out var mentioned))
                    {
                        mention["member"] = Member(world, mentioned, withUser: false);
                    }
                }
            }
        }

        return json;
    }

    /// <summary>The full GUILD_CREATE object.</summary>
    public static JsonObject Guild(World world, GuildState guild)
    {
        var channels = guild.ChannelIds.Select(id => world.Channels[id]).ToList();
        return new JsonObject
        {
            ["id"] = Id(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["owner_id"] = Id(guild.OwnerId),
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["verification_level"] = 0,
            ["default_message_notifications"] = 0,
            ["explicit_content_filter"] = 0,
            ["features"] = new JsonArray(),
            ["mfa_level"] = 0,
            ["system_channel_id"] = null,
            ["premium_tier"] = 0,
            ["preferred_locale"] = "en-US",
            ["nsfw_level"] = 0,
            ["emojis"] = new JsonArray(),
            ["stickers"] = new JsonArray(),
            ["roles"] = new JsonArray([.. guild.Roles.Values.OrderBy(r => r.Position).Select(r => (JsonNode)Role(r))]),
            ["joined_at"] = Timestamp(guild.CreatedAt),
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = guild.Members.Count,
            ["members"] = new JsonArray([.. guild.Members.Values.Select(m => (JsonNode)Member(world, m, withUser: true))]),
            ["channels"] = new JsonArray([.. channels.Where(c => !c.IsThread).Select(c => (JsonNode)Channel(world, c))]),
            ["threads"] = new JsonArray([.. channels.Where(c => c.IsThread).Select(c => (JsonNode)Channel(world, c))]),
            ["presences"] = new JsonArray(),
            ["voice_states"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
        };
    }
}
