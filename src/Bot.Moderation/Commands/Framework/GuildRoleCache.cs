using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Commands.Framework;

/// <summary>A guild's roles and the bot's own member, fetched over REST and kept briefly so a burst of commands costs one call.</summary>
public sealed class GuildRoleCache(IDiscordRest rest, SelfActionTracker selfActions, TimeProvider time, IOptions<CommandOptions> options)
{
    private readonly ConcurrentDictionary<GuildId, Entry> _entries = new();

    /// <summary>The role positions by id, and the bot's top position in the guild.</summary>
    public async Task<DiscordResult<GuildHierarchy>> GetAsync(GuildId guild, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(guild, out var cached) && cached.ExpiresAt > now)
        {
            return DiscordResult<GuildHierarchy>.Ok(cached.Hierarchy);
        }

        if (selfActions.BotUser is not { } botUser)
        {
            return new DiscordError(DiscordErrorKind.Transient, "The bot has not finished connecting yet; try again in a moment.");
        }

        var roles = await rest.GetRolesAsync(guild, cancellationToken);
        if (!roles.IsSuccess)
        {
            return roles.Error!;
        }

        var botMember = await rest.GetMemberAsync(guild, botUser, cancellationToken);
        if (!botMember.IsSuccess)
        {
            return botMember.Error!;
        }

        var positions = roles.Value!.ToDictionary(r => r.Id, r => r.Position);
        var hierarchy = new GuildHierarchy(positions, GuildHierarchy.TopPosition(positions, botMember.Value!.Roles));
        _entries[guild] = new Entry(hierarchy, now + TimeSpan.FromSeconds(options.Value.RoleCacheSeconds));
        return DiscordResult<GuildHierarchy>.Ok(hierarchy);
    }

    private sealed record Entry(GuildHierarchy Hierarchy, DateTimeOffset ExpiresAt);
}

/// <summary>Role positions of a guild and the bot's highest one.</summary>
public sealed record GuildHierarchy(IReadOnlyDictionary<RoleId, int> Positions, int BotTopPosition)
{
    /// <summary>A member's highest role position; 0 (the @everyone role) when they have none.</summary>
    public int TopOf(IReadOnlyList<RoleId> roles) => TopPosition(Positions, roles);

    internal static int TopPosition(IReadOnlyDictionary<RoleId, int> positions, IReadOnlyList<RoleId> roles)
    {
        var top = 0;
        foreach (var role in roles)
        {
            if (positions.TryGetValue(role, out var position) && position > top)
            {
                top = position;
            }
        }

        return top;
    }
}
