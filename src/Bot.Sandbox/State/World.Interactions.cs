using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bot.Sandbox.Gateway;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.State;

/// <summary>Interactions: building INTERACTION_CREATE with member permissions and resolved data; call under the lock.</summary>
internal sealed partial class World
{
    public const int InteractionApplicationCommand = 2;
    public const int InteractionComponent = 3;
    public const int InteractionModalSubmit = 5;

    public InteractionState CreateInteraction(int type, GuildState guild, ChannelState channel, UserState user, JsonObject data, MessageState? source)
    {
        if (!guild.Members.TryGetValue(user.Id, out var member))
        {
            throw new ArgumentException($"User {user.Id} is not a member of guild {guild.Id}.", nameof(user));
        }

        var token = "sandbox-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var handle = new InteractionHandle(Ids.Next(), token, type, guild.Id, channel.Id, user.Id);
        var interaction = new InteractionState(handle, Now) { SourceMessageId = source?.Id };
        Interactions[handle.Id] = interaction;
        InteractionsByToken[token] = interaction;

        var memberJson = Payloads.Member(this, member, withUser: true);
        memberJson["permissions"] = ComputePermissions(guild, user.Id).ToString(CultureInfo.InvariantCulture);
        var payload = new JsonObject
        {
            ["id"] = Payloads.Id(handle.Id),
            ["application_id"] = Payloads.Id(ApplicationId),
            ["type"] = type,
            ["data"] = data,
            ["guild_id"] = Payloads.Id(guild.Id),
            ["guild"] = new JsonObject { ["id"] = Payloads.Id(guild.Id), ["locale"] = "en-US", ["features"] = new JsonArray() },
            ["channel_id"] = Payloads.Id(channel.Id),
            ["channel"] = Payloads.Channel(this, channel),
            ["member"] = memberJson,
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = ComputePermissions(guild, Bot.Id).ToString(CultureInfo.InvariantCulture),
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Payloads.Id(guild.Id) },
            ["context"] = 0,
        };
        if (source is not null)
        {
            payload["message"] = Payloads.Message(this, source);
        }

        Emit(new GatewayDispatch("INTERACTION_CREATE", guild.Id, 0, payload));
        return interaction;
    }

    /// <summary>The <c>resolved</c> object for the users, members, roles and channels that options point at.</summary>
    public JsonObject Resolve(GuildState guild, IEnumerable<SandboxCommandOption> options)
    {
        var users = new JsonObject();
        var members = new JsonObject();
        var roles = new JsonObject();
        var channels = new JsonObject();
        foreach (var option in Flatten(options))
        {
            var id = ulong.TryParse(option.Value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            var key = Payloads.Id(id);
            switch (option.Type)
            {
                case SandboxCommandOption.UserType when Users.TryGetValue(id, out var user):
                    users[key] = Payloads.User(user);
                    if (guild.Members.TryGetValue(id, out var member))
                    {
                        var json = Payloads.Member(this, member, withUser: false);
                        json["permissions"] = ComputePermissions(guild, id).ToString(CultureInfo.InvariantCulture);
                        members[key] = json;
                    }

                    break;
                case SandboxCommandOption.RoleType when guild.Roles.TryGetValue(id, out var role):
                    roles[key] = Payloads.Role(role);
                    break;
                case SandboxCommandOption.ChannelType when Channels.TryGetValue(id, out var channel):
                    channels[key] = Payloads.Channel(this, channel);
                    break;
            }
        }

        var resolved = new JsonObject();
        foreach (var (name, part) in new[] { ("users", users), ("members", members), ("roles", roles), ("channels", channels) })
        {
            if (part.Count > 0)
            {
                resolved[name] = part;
            }
        }

        return resolved;
    }

    public static JsonArray OptionsJson(IEnumerable<SandboxCommandOption> options) => new([.. options.Select(o =>
    {
        var json = new JsonObject { ["name"] = o.Name, ["type"] = o.Type };
        if (o.Value is not null)
        {
            json["value"] = o.Value.DeepClone();
        }

        if (o.Options is { Count: > 0 } nested)
        {
            json["options"] = OptionsJson(nested);
        }

        return (JsonNode)json;
    })]);

    /// <summary>The registered command's id for a name and type (guild first, then global); a fresh id if none.</summary>
    public ulong CommandId(ulong guildId, string name, int type)
    {
        var registered = (GuildCommands.TryGetValue(guildId, out var local) ? local : []).Concat(GlobalCommands)
            .FirstOrDefault(c => c.Type == type && string.Equals(c.Name, name, StringComparison.Ordinal));
        return registered?.Id ?? Ids.Next();
    }

    private static IEnumerable<SandboxCommandOption> Flatten(IEnumerable<SandboxCommandOption> options) =>
        options.SelectMany(o => o.Options is { Count: > 0 } nested ? Flatten(nested).Prepend(o) : [o]);
}
