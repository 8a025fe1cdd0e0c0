using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Settings;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Commands.Config;

/// <summary>
/// Reads a guild's settings and changes them, each change with its audit line (who, what, old → new); after a change
/// the pipeline's cached policy is dropped so the next message sees it.
/// </summary>
public sealed class GuildSettingsEditor(IDbContextFactory<BotDbContext> contexts, IGuildPolicyCache policies, TimeProvider time)
{
    /// <summary>The stored settings with channels, exemptions and ladder; the defaults when the guild has none yet.</summary>
    public async Task<GuildSettings> ReadAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Query(db, guild).AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new GuildSettings { GuildId = guild.Value };
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the tracked settings (created when missing) and saves it with a
    /// <c>CaseAuditEntry</c> of <paramref name="kind"/> whose detail is what the change returns. A change that
    /// finds nothing to do throws <see cref="Framework.CommandInputException"/> and nothing is written.
    /// </summary>
    public async Task<string> ChangeAsync(
        GuildId guild, UserId actor, string kind, Func<BotDbContext, GuildSettings, string> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var settings = await Query(db, guild).FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new GuildSettings { GuildId = guild.Value, CreatedAt = now };
            db.GuildSettings.Add(settings);
        }

        var detail = change(db, settings);
        settings.UpdatedAt = now;
        db.CaseAudit.Add(new CaseAuditEntry { GuildId = guild.Value, ActorId = actor.Value, Kind = kind, Detail = detail, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(guild);
        return detail;
    }

    private static IQueryable<GuildSettings> Query(BotDbContext db, GuildId guild) =>
        db.GuildSettings
            .Include(g => g.WatchedChannels)
            .Include(g => g.Exemptions)
            .Include(g => g.Ladder)
            .AsSplitQuery()
            .Where(g => g.GuildId == guild.Value);
}
