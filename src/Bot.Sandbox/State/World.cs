using Bot.Sandbox.Gateway;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.State;

/// <summary>
/// The in-memory Discord world. Every read and write happens under <see cref="Sync"/>; each change raises
/// <see cref="Changed"/> so waiters re-check without polling.
/// </summary>
internal sealed partial class World
{
    public World(SandboxOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Ids = new SnowflakeGenerator(time);
        ApplicationId = Ids.Next();
        Bot = new UserState(ApplicationId, options.BotName, bot: true);
        Users[Bot.Id] = Bot;
    }

    public Lock Sync { get; } = new();
    public SandboxOptions Options { get; }
    public TimeProvider Time { get; }
    public SnowflakeGenerator Ids { get; }
    public ChangeSignal Changed { get; } = new();
    public ulong ApplicationId { get; }
    public UserState Bot { get; }
    public IEventSink? Events { get; set; }

    public Dictionary<ulong, UserState> Users { get; } = [];
    public Dictionary<ulong, GuildState> Guilds { get; } = [];
    public Dictionary<ulong, ChannelState> Channels { get; } = [];
    public Dictionary<ulong, MessageState> Messages { get; } = [];
    public Dictionary<ulong, InteractionState> Interactions { get; } = [];
    public Dictionary<string, InteractionState> InteractionsByToken { get; } = new(StringComparer.Ordinal);
    public Dictionary<ulong, List<SandboxCommand>> GuildCommands { get; } = [];
    public List<SandboxCommand> GlobalCommands { get; } = [];

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Sends a dispatch to the connected shards and wakes waiters; call under the lock.</summary>
    public void Emit(GatewayDispatch dispatch)
    {
        Events?.Dispatch(dispatch);
        Changed.Raise();
    }

    public UserState RequireUser(ulong id) =>
        Users.TryGetValue(id, out var user) ? user : throw new ArgumentException($"Unknown user {id}.", nameof(id));

    public GuildState RequireGuild(ulong id) =>
        Guilds.TryGetValue(id, out var guild) ? guild : throw new ArgumentException($"Unknown guild {id}.", nameof(id));

    public ChannelState RequireChannel(ulong id) =>
        Channels.TryGetValue(id, out var channel) ? channel : throw new ArgumentException($"Unknown channel {id}.", nameof(id));

    public MessageState RequireMessage(ulong id) =>
        Messages.TryGetValue(id, out var message) ? message : throw new ArgumentException($"Unknown message {id}.", nameof(id));

    /// <summary>Guild-level permissions: owner and administrators have all; otherwise @everyone plus every role held.</summary>
    public static ulong ComputePermissions(GuildState guild, ulong userId)
    {
        if (guild.OwnerId == userId)
        {
            return SandboxPermissions.All;
        }

        var permissions = guild.Roles[guild.Id].Permissions;
        if (guild.Members.TryGetValue(userId, out var member))
        {
            foreach (var roleId in member.Roles)
            {
                if (guild.Roles.TryGetValue(roleId, out var role))
                {
                    permissions |= role.Permissions;
                }
            }
        }

        return (permissions & SandboxPermissions.Administrator) != 0 ? SandboxPermissions.All : permissions;
    }

    /// <summary>The highest role position a member holds (0 for @everyone only); the owner outranks everyone.</summary>
    public static int TopRolePosition(GuildState guild, ulong userId)
    {
        if (guild.OwnerId == userId)
        {
            return int.MaxValue;
        }

        if (!guild.Members.TryGetValue(userId, out var member))
        {
            return 0;
        }

        var top = 0;
        foreach (var roleId in member.Roles)
        {
            if (guild.Roles.TryGetValue(roleId, out var role) && role.Position > top)
            {
                top = role.Position;
            }
        }

        return top;
    }

    /// <summary>Whether the bot may act on <paramref name="targetId"/>: not the owner, and strictly above its top role.</summary>
    public bool BotOutranks(GuildState guild, ulong targetId) =>
        targetId != guild.OwnerId && TopRolePosition(guild, Bot.Id) > TopRolePosition(guild, targetId);

    public static SandboxMessage Snapshot(MessageState message) => new(
        message.Id,
        message.ChannelId,
        message.GuildId,
        message.AuthorId,
        message.Content,
        (System.Text.Json.Nodes.JsonArray)message.Embeds.DeepClone(),
        (System.Text.Json.Nodes.JsonArray)message.Components.DeepClone(),
        message.Flags,
        message.CreatedAt,
        message.EditedAt,
        message.ReferencedMessageId,
        message.ThreadId,
        message.Deleted);

    public static SandboxChannel Snapshot(ChannelState channel) =>
        new(channel.Id, channel.Type, channel.GuildId, channel.Name, channel.ParentId, channel.RateLimitPerUser, channel.OwnerId);
}
