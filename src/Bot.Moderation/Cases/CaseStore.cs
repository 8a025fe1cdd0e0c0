using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Cases;

/// <summary>
/// The case log: opens cases with per-guild numbers, records outcomes, strikes and the append-only audit trail.
/// Every write commits before it returns, so a case exists before anything acknowledges it.
/// </summary>
public sealed class CaseStore(IDbContextFactory<BotDbContext> contextFactory, StrikeLedger strikes, TimeProvider timeProvider) : IDisposable
{
    /// <summary>Characters of a message kept in a case.</summary>
    public const int ExcerptLength = 500;

    // Numbers are max+1 per guild; one writer at a time in this process keeps them unique without retries.
    private readonly SemaphoreSlim _numbering = new(1, 1);

    public void Dispose() => _numbering.Dispose();

    /// <summary>Opens a case (and its strike when asked) with the next number of its guild, and audits it.</summary>
    public async Task<ModerationCase> CreateAsync(NewCase newCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        var now = timeProvider.GetUtcNow();
        var moderationCase = new ModerationCase
        {
            GuildId = newCase.Guild.Value,
            UserId = newCase.User.Value,
            ChannelId = newCase.Channel?.Value,
            MessageId = newCase.Message?.Value,
            MessageExcerpt = Excerpt(newCase.Text, ExcerptLength),
            Action = newCase.Action,
            Source = newCase.Source,
            ActorId = newCase.Actor?.Value,
            IncivilityScore = newCase.Incivility,
            RepetitionScore = newCase.Repetition,
            Reasons = [.. newCase.Reasons],
            Terms = [.. newCase.Terms],
            Note = Excerpt(newCase.Note, 2000),
            Outcome = newCase.Outcome,
            OutcomeDetail = Excerpt(newCase.OutcomeDetail, 1000),
            ExpiresAt = newCase.ExpiresAt,
            CreatedAt = now,
            UpdatedAt = now,
        };

        await _numbering.WaitAsync(cancellationToken);
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var last = await context.Cases.Where(c => c.GuildId == moderationCase.GuildId).MaxAsync(c => (int?)c.Number, cancellationToken);
            moderationCase.Number = (last ?? 0) + 1;
            context.Cases.Add(moderationCase);
            await context.SaveChangesAsync(cancellationToken);
            var strike = newCase.StrikeLifetime is { } lifetime
                ? new UserStrike
                {
                    GuildId = moderationCase.GuildId,
                    UserId = moderationCase.UserId,
                    CaseId = moderationCase.Id,
                    CreatedAt = now,
                    ExpiresAt = now + lifetime,
                }
                : null;
            if (strike is not null)
            {
                context.Strikes.Add(strike);
            }

            context.CaseAudit.Add(Audit(moderationCase.GuildId, moderationCase.Id, newCase.Actor?.Value, AuditKinds.CaseCreated,
                $"{moderationCase.Action} ({moderationCase.Source}) {moderationCase.Outcome}", now));
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (strike is not null)
            {
                await strikes.AddAsync(strike, moderationCase.Outcome == CaseOutcome.Shadow, cancellationToken);
            }

            return moderationCase;
        }
        finally
        {
            _numbering.Release();
        }
    }

    /// <summary>Records how a case's action ended, with an audit line.</summary>
    public async Task SetOutcomeAsync(long caseId, CaseOutcome outcome, string? detail, string auditKind, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var moderationCase = await context.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        moderationCase.Outcome = outcome;
        moderationCase.OutcomeDetail = Excerpt(detail, 1000);
        moderationCase.UpdatedAt = now;
        context.CaseAudit.Add(Audit(moderationCase.GuildId, caseId, null, auditKind, $"{outcome}: {detail}", now));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task SetModLogMessageAsync(long caseId, MessageId message, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Cases.Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ModLogMessageId, message.Value), cancellationToken);
    }

    /// <summary>Names the moderator behind a manual case once the audit log tells who it was.</summary>
    public async Task SetActorAsync(long caseId, UserId actor, string? reason, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var moderationCase = await context.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        moderationCase.ActorId = actor.Value;
        moderationCase.Note ??= Excerpt(reason, 2000);
        moderationCase.UpdatedAt = now;
        context.CaseAudit.Add(Audit(moderationCase.GuildId, caseId, actor.Value, AuditKinds.CaseActorFound, reason, now));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks a case undone by a moderator and pardons its strike.</summary>
    public async Task RescindAsync(long caseId, UserId moderator, string reason, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var moderationCase = await context.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        moderationCase.RescindedAt = now;
        moderationCase.RescindedBy = moderator.Value;
        moderationCase.RescindReason = Excerpt(reason, 500);
        moderationCase.UpdatedAt = now;
        var pardoned = await PardonStrikesAsync(context, caseId, now, cancellationToken);
        context.CaseAudit.Add(Audit(moderationCase.GuildId, caseId, moderator.Value, AuditKinds.CaseUndone, reason, now));
        await context.SaveChangesAsync(cancellationToken);
        await ForgetAsync(pardoned, cancellationToken);
    }

    /// <summary>Stores a moderator's verdict on a case's message as labeled data; "not uncivil" also pardons the strike.</summary>
    public async Task AddFeedbackAsync(long caseId, UserId moderator, bool uncivil, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var moderationCase = await context.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, cancellationToken);
        // One verdict per case: a second click replaces the first rather than doubling the training example.
        var existing = await context.Feedback.FirstOrDefaultAsync(f => f.CaseId == caseId, cancellationToken);
        if (existing is not null)
        {
            existing.Uncivil = uncivil;
            existing.ModeratorId = moderator.Value;
            existing.CreatedAt = now;
        }
        else if (!string.IsNullOrWhiteSpace(moderationCase.MessageExcerpt))
        {
            context.Feedback.Add(new ScoreFeedback
            {
                GuildId = moderationCase.GuildId,
                CaseId = caseId,
                Text = moderationCase.MessageExcerpt,
                Uncivil = uncivil,
                ModeratorId = moderator.Value,
                CreatedAt = now,
            });
        }

        List<UserStrike> pardoned = uncivil ? [] : await PardonStrikesAsync(context, caseId, now, cancellationToken);
        context.CaseAudit.Add(Audit(moderationCase.GuildId, caseId, moderator.Value,
            uncivil ? AuditKinds.CaseConfirmed : AuditKinds.CaseNotUncivil, null, now));
        await context.SaveChangesAsync(cancellationToken);
        await ForgetAsync(pardoned, cancellationToken);
    }

    /// <summary>Appends one line to the audit trail.</summary>
    public async Task AppendAuditAsync(GuildId guild, long? caseId, UserId? actor, string kind, string? detail, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.CaseAudit.Add(Audit(guild.Value, caseId, actor?.Value, kind, detail, timeProvider.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<ModerationCase?> FindAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    public async Task<ModerationCase?> FindByNumberAsync(GuildId guild, int number, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.GuildId == guild.Value && c.Number == number, cancellationToken);
    }

    /// <summary>A user's cases in a guild, newest first.</summary>
    public async Task<IReadOnlyList<ModerationCase>> ListForUserAsync(GuildId guild, UserId user, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking()
            .Where(c => c.GuildId == guild.Value && c.UserId == user.Value)
            .OrderByDescending(c => c.Number)
            .Take(Math.Clamp(limit, 1, 100))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Strikes that still count: not decayed, not pardoned. Strikes of shadow cases count only in shadow mode,
    /// so calibrating never escalates real actions.
    /// </summary>
    /// <remarks>Read from the <see cref="StrikeLedger"/>: no database read once it is loaded.</remarks>
    public ValueTask<int> CountActiveStrikesAsync(GuildId guild, UserId user, bool shadow, CancellationToken cancellationToken) =>
        strikes.CountAsync(guild, user, shadow, cancellationToken);

    /// <summary>Cases whose Discord call may or may not have happened (the process stopped in between).</summary>
    public async Task<IReadOnlyList<ModerationCase>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking().Where(c => c.Outcome == CaseOutcome.Pending).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Settled cases since <paramref name="since"/> never posted to the mod log.</summary>
    public async Task<IReadOnlyList<ModerationCase>> ListUnpostedAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking()
            .Where(c => c.ModLogMessageId == null && c.Outcome != CaseOutcome.Pending && c.CreatedAt >= since)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether a case already covers this message version (a replay after a restart).</summary>
    public async Task<bool> ExistsForMessageAsync(GuildId guild, MessageId message, string? text, CancellationToken cancellationToken)
    {
        var excerpt = Excerpt(text, ExcerptLength);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AnyAsync(c => c.GuildId == guild.Value && c.MessageId == message.Value && c.MessageExcerpt == excerpt, cancellationToken);
    }

    /// <summary>The latest case of <paramref name="action"/> against a user since <paramref name="since"/>.</summary>
    public async Task<ModerationCase?> FindRecentAsync(GuildId guild, UserId user, CaseAction action, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking()
            .Where(c => c.GuildId == guild.Value && c.UserId == user.Value && c.Action == action && c.CreatedAt >= since)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Cuts text to at most <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    public static string? Excerpt(string? text, int length)
    {
        if (text is null || text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static async Task<List<UserStrike>> PardonStrikesAsync(BotDbContext context, long caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pardoned = await context.Strikes.Where(s => s.CaseId == caseId && s.PardonedAt == null).ToListAsync(cancellationToken);
        foreach (var strike in pardoned)
        {
            strike.PardonedAt = now;
        }

        return pardoned;
    }

    /// <summary>Tells the ledger of pardons once they are committed.</summary>
    private async Task ForgetAsync(List<UserStrike> pardoned, CancellationToken cancellationToken)
    {
        foreach (var strike in pardoned)
        {
            await strikes.PardonAsync(strike.GuildId, strike.UserId, strike.CaseId, cancellationToken);
        }
    }

    private static CaseAuditEntry Audit(ulong guild, long? caseId, ulong? actor, string kind, string? detail, DateTimeOffset now) => new()
    {
        GuildId = guild,
        CaseId = caseId,
        ActorId = actor,
        Kind = kind,
        Detail = Excerpt(detail, 1000),
        CreatedAt = now,
    };
}
