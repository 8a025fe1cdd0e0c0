using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Cases;

/// <summary>
/// The active strikes of every member, in memory, so the strike ladder is read without touching the database on each
/// message. Loaded once from the strikes table (not decayed, not pardoned); afterwards <see cref="CaseStore"/> tells it
/// of every strike it writes or pardons. Decay is read from <see cref="TimeProvider"/> when counting.
/// </summary>
public sealed class StrikeLedger(IDbContextFactory<BotDbContext> contextFactory, TimeProvider timeProvider) : IDisposable
{
    private readonly Dictionary<(ulong Guild, ulong User), List<LedgerStrike>> _strikes = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    public void Dispose() => _loading.Dispose();

    /// <summary>
    /// Strikes that still count: not decayed, not pardoned. Strikes of shadow cases count only in shadow mode,
    /// so calibrating never escalates real actions.
    /// </summary>
    public ValueTask<int> CountAsync(GuildId guild, UserId user, bool shadow, CancellationToken cancellationToken) =>
        _loaded ? ValueTask.FromResult(Count(guild, user, shadow)) : LoadThenCountAsync(guild, user, shadow, cancellationToken);

    /// <summary>Adds a strike once its case is committed; a strike the initial load already read is not counted twice.</summary>
    internal async ValueTask AddAsync(UserStrike strike, bool shadow, CancellationToken cancellationToken)
    {
        // Loading first means a load running now cannot overwrite what this adds.
        await EnsureLoadedAsync(cancellationToken);
        lock (_lock)
        {
            Add(new LedgerStrike(strike.CaseId, strike.ExpiresAt, shadow), strike.GuildId, strike.UserId);
        }
    }

    /// <summary>Forgets a case's strike once its pardon is committed.</summary>
    internal async ValueTask PardonAsync(ulong guild, ulong user, long caseId, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        lock (_lock)
        {
            if (_strikes.TryGetValue((guild, user), out var strikes))
            {
                strikes.RemoveAll(s => s.CaseId == caseId);
            }
        }
    }

    private async ValueTask<int> LoadThenCountAsync(GuildId guild, UserId user, bool shadow, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        return Count(guild, user, shadow);
    }

    private int Count(GuildId guild, UserId user, bool shadow)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_strikes.TryGetValue((guild.Value, user.Value), out var strikes))
            {
                return 0;
            }

            // Decayed strikes are dropped as they are met, so memory holds only what can still count.
            var count = 0;
            for (var i = strikes.Count - 1; i >= 0; i--)
            {
                if (strikes[i].ExpiresAt <= now)
                {
                    strikes.RemoveAt(i);
                }
                else if (shadow || !strikes[i].Shadow)
                {
                    count++;
                }
            }

            if (strikes.Count == 0)
            {
                _strikes.Remove((guild.Value, user.Value));
            }

            return count;
        }
    }

    private async ValueTask EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }

            var now = timeProvider.GetUtcNow();
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var active = await context.Strikes.AsNoTracking()
                .Where(s => s.ExpiresAt > now && s.PardonedAt == null)
                .Join(context.Cases, s => s.CaseId, c => c.Id, (s, c) => new { s.GuildId, s.UserId, s.CaseId, s.ExpiresAt, c.Outcome })
                .ToListAsync(cancellationToken);
            lock (_lock)
            {
                foreach (var strike in active)
                {
                    Add(new LedgerStrike(strike.CaseId, strike.ExpiresAt, strike.Outcome == CaseOutcome.Shadow), strike.GuildId, strike.UserId);
                }
            }

            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    private void Add(LedgerStrike strike, ulong guild, ulong user)
    {
        if (!_strikes.TryGetValue((guild, user), out var strikes))
        {
            strikes = [];
            _strikes[(guild, user)] = strikes;
        }

        if (!strikes.Exists(s => s.CaseId == strike.CaseId))
        {
            strikes.Add(strike);
        }
    }

    private sealed record LedgerStrike(long CaseId, DateTimeOffset ExpiresAt, bool Shadow);
}
