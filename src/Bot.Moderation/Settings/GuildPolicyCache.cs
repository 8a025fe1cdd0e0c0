using System.Collections.Concurrent;
using Bot.Data;
using Bot.Discord.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Settings;

/// <summary>Caches each guild's policy for <see cref="ModerationOptions.SettingsCacheSeconds"/> or until invalidated.</summary>
internal sealed class GuildPolicyCache(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<ModerationOptions> options,
    TimeProvider timeProvider) : IGuildPolicyCache
{
    private readonly ConcurrentDictionary<GuildId, Entry> _entries = new();
    private readonly ConcurrentDictionary<GuildId, long> _generations = new();
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.SettingsCacheSeconds);

    public async ValueTask<GuildPolicy> GetAsync(GuildId guild, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(guild, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Policy;
        }

        var generation = _generations.GetValueOrDefault(guild);
        var policy = await LoadAsync(guild, cancellationToken);
        // An invalidation during the load means the loaded settings may already be stale: use them once, cache nothing.
        if (_generations.GetValueOrDefault(guild) == generation)
        {
            _entries[guild] = new Entry(policy, now + _lifetime);
        }

        return policy;
    }

    public void Invalidate(GuildId guild)
    {
        _generations.AddOrUpdate(guild, 1, (_, generation) => generation + 1);
        _entries.TryRemove(guild, out _);
    }

    private async Task<GuildPolicy> LoadAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await context.GuildSettings.AsNoTracking()
            .Include(g => g.WatchedChannels)
            .Include(g => g.Exemptions)
            .Include(g => g.Ladder)
            .AsSplitQuery()
            .SingleOrDefaultAsync(g => g.GuildId == guild.Value, cancellationToken);
        return settings is null ? GuildPolicy.Unconfigured(guild) : GuildPolicy.FromSettings(settings);
    }

    private sealed record Entry(GuildPolicy Policy, DateTimeOffset ExpiresAt);
}
