using Bot.Data.Configuration;
using Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data;

/// <summary>The bot's SQLite store: guild policy, the case log and its audit trail, strikes, feeds and articles.</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<GuildSettings> GuildSettings => Set<GuildSettings>();
    public DbSet<WatchedChannel> WatchedChannels => Set<WatchedChannel>();
    public DbSet<Exemption> Exemptions => Set<Exemption>();
    public DbSet<LadderStep> LadderSteps => Set<LadderStep>();
    public DbSet<ModerationCase> Cases => Set<ModerationCase>();
    public DbSet<CaseAuditEntry> CaseAudit => Set<CaseAuditEntry>();
    public DbSet<UserStrike> Strikes => Set<UserStrike>();
    public DbSet<FeedSubscription> Feeds => Set<FeedSubscription>();
    public DbSet<PostedArticle> PostedArticles => Set<PostedArticle>();
    public DbSet<ScoredMessage> ScoredMessages => Set<ScoredMessage>();
    public DbSet<ScoreFeedback> Feedback => Set<ScoreFeedback>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text keep the case log readable with any SQLite client.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        // SQLite cannot compare DateTimeOffset text; Unix milliseconds sort and compare correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrailGuard.ThrowIfRewritten(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditTrailGuard.ThrowIfRewritten(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
