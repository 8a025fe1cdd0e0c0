using System.Collections.Concurrent;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// What the commands need from the gateway and cannot fetch over REST: the bot's own user and each guild's owner.
/// The event dispatcher feeds it <see cref="Ready"/> and <see cref="GuildAvailable"/> through <see cref="Observe"/>.
/// </summary>
public sealed class GuildDirectory
{
    private readonly ConcurrentDictionary<GuildId, UserId> _owners = new();
    private readonly ConcurrentDictionary<GuildId, string> _names = new();
    private long _botUserId;

    /// <summary>The bot's own user, once a shard reported Ready.</summary>
    public UserId? BotUserId => Interlocked.Read(ref _botUserId) is var id and not 0 ? new UserId((ulong)id) : null;

    public UserId? OwnerOf(GuildId guild) => _owners.TryGetValue(guild, out var owner) ? owner : null;

    /// <summary>The guild's name for messages sent outside it (DMs); a neutral phrase when not yet known.</summary>
    public string NameOf(GuildId guild) => _names.TryGetValue(guild, out var name) ? name : "a server you are in";

    /// <summary>Records the facts an event carries; other events are ignored.</summary>
    public void Observe(GatewayEvent gatewayEvent)
    {
        switch (gatewayEvent)
        {
            case Ready ready:
                Interlocked.Exchange(ref _botUserId, (long)ready.BotUser.Id.Value);
                break;
            case GuildAvailable available:
                _owners[available.Guild.Id] = available.Guild.OwnerId;
                _names[available.Guild.Id] = available.Guild.Name;
                break;
        }
    }
}
