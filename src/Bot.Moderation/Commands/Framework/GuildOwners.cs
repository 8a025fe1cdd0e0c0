using System.Collections.Concurrent;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// Each guild's owner and name, from <see cref="GuildAvailable"/>: the REST surface has no guild fetch, and the
/// hierarchy check must know the owner. Fed by <see cref="CommandGatewayObserver"/>.
/// </summary>
public sealed class GuildOwners
{
    private readonly ConcurrentDictionary<GuildId, (UserId Owner, string Name)> _guilds = new();

    public UserId? OwnerOf(GuildId guild) => _guilds.TryGetValue(guild, out var known) ? known.Owner : null;

    /// <summary>The guild's name for messages sent outside it (DMs); a neutral phrase when not yet known.</summary>
    public string NameOf(GuildId guild) => _guilds.TryGetValue(guild, out var known) ? known.Name : "a server you are in";

    public void Apply(GuildInfo guild)
    {
        ArgumentNullException.ThrowIfNull(guild);
        _guilds[guild.Id] = (guild.OwnerId, guild.Name);
    }
}
