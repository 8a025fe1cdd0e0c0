using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Commands.Records;

/// <summary>Reads and writes the cases the commands open, with their audit lines and strikes.</summary>
public sealed class CommandCaseStore(IDbContextFactory<BotDbContext> contexts, TimeProvider time)
{
    private const int NumberingAttempts = 3;

    /// <summary>Numbers and saves <paramref name="newCase"/>, writes <c>case.created</c>, and adds a strike when asked.</summary>
    public async Task<ModerationCase> CreateAsync(ModerationCase newCase, bool addStrike, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            newCase.Number = (await db.Cases.Where(c => c.GuildId == newCase.GuildId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;
            newCase.CreatedAt = now;
            newCase.UpdatedAt = now;
            db.Cases.Add(newCase);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < NumberingAttempts && exception.InnerException is SqliteException)
            {
                // Another writer took the same number; take the next one.
                newCase.Id = 0;
                continue;
            }

            db.CaseAudit.Add(new CaseAuditEntry
            {
                GuildId = newCase.GuildId,
                CaseId = newCase.Id,
                ActorId = newCase.ActorId,
                Kind = "case.created",
                Detail = $"{newCase.Action} ({newCase.Source}, {newCase.Outcome})",
                CreatedAt = now,
            });
            if (addStrike)
            {
                var decayDays = await db.GuildSettings.Where(g => g.GuildId == newCase.GuildId)
                    .Select(g => (int?)g.StrikeDecayDays).FirstOrDefaultAsync(cancellationToken) ?? new GuildSettings().StrikeDecayDays;
                db.Strikes.Add(new UserStrike
                {
                    GuildId = newCase.GuildId,
                    UserId = newCase.UserId,
                    CaseId = newCase.Id,
                    CreatedAt = now,
                    ExpiresAt = now.AddDays(decayDays),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return newCase;
        }
    }

    /// <summary>The case with this per-guild number; refuses with a clear message when there is none.</summary>
    public async Task<ModerationCase> GetAsync(GuildId guild, long number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, guild, number, cancellationToken);
    }

    /// <summary>Marks the case rescinded, pardons its strikes and writes <c>case.rescinded</c>; the case itself stays.</summary>
    public async Task<ModerationCase> RescindAsync(GuildId guild, long number, UserId actor, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, guild, number, cancellationToken);
        if (found.RescindedAt is not null)
        {
            throw new Framework.CommandInputException($"Case #{found.Number} was already pardoned.");
        }

        var now = time.GetUtcNow();
        found.RescindedAt = now;
        found.RescindedBy = actor.Value;
        found.RescindReason = reason;
        found.UpdatedAt = now;
        var strikes = await db.Strikes.Where(s => s.CaseId == found.Id && s.PardonedAt == null).ToListAsync(cancellationToken);
        foreach (var strike in strikes)
        {
            strike.PardonedAt = now;
        }

        db.CaseAudit.Add(new CaseAuditEntry
        {
            GuildId = guild.Value,
            CaseId = found.Id,
            ActorId = actor.Value,
            Kind = "case.rescinded",
            Detail = $"{reason} ({strikes.Count} strike(s) pardoned)",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    /// <summary>Appends an audit line about a case (an appeal, a denial).</summary>
    public async Task AppendAuditAsync(ModerationCase about, UserId? actor, string kind, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(about);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CaseAudit.Add(new CaseAuditEntry
        {
            GuildId = about.GuildId,
            CaseId = about.Id,
            ActorId = actor?.Value,
            Kind = kind,
            Detail = detail,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Remembers the mod-log message that shows the case.</summary>
    public async Task SetModLogMessageAsync(ModerationCase about, MessageId message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(about);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Cases.Where(c => c.Id == about.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ModLogMessageId, message.Value), cancellationToken);
        about.ModLogMessageId = message.Value;
    }

    private static async Task<ModerationCase> FindAsync(BotDbContext db, GuildId guild, long number, CancellationToken cancellationToken)
    {
        if (number is < 1 or > int.MaxValue)
        {
            throw new Framework.CommandInputException($"Case numbers start at 1; `{number}` is not one.");
        }

        return await db.Cases.FirstOrDefaultAsync(c => c.GuildId == guild.Value && c.Number == number, cancellationToken)
            ?? throw new Framework.CommandInputException($"There is no case #{number} in this server.");
    }
}
