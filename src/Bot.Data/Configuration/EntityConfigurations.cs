using Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Configuration;

internal sealed class GuildSettingsConfiguration : IEntityTypeConfiguration<GuildSettings>
{
    public void Configure(EntityTypeBuilder<GuildSettings> builder)
    {
        builder.HasKey(g => g.GuildId);
        builder.Property(g => g.GuildId).ValueGeneratedNever();
        builder.HasMany(g => g.WatchedChannels).WithOne().HasForeignKey(w => w.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Exemptions).WithOne().HasForeignKey(e => e.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Ladder).WithOne().HasForeignKey(l => l.GuildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WatchedChannelConfiguration : IEntityTypeConfiguration<WatchedChannel>
{
    public void Configure(EntityTypeBuilder<WatchedChannel> builder) =>
        builder.HasKey(w => new { w.GuildId, w.ChannelId });
}

internal sealed class ExemptionConfiguration : IEntityTypeConfiguration<Exemption>
{
    public void Configure(EntityTypeBuilder<Exemption> builder) =>
        builder.HasKey(e => new { e.GuildId, e.Kind, e.TargetId });
}

internal sealed class LadderStepConfiguration : IEntityTypeConfiguration<LadderStep>
{
    public void Configure(EntityTypeBuilder<LadderStep> builder) =>
        builder.HasKey(l => new { l.GuildId, l.Strike });
}

internal sealed class ModerationCaseConfiguration : IEntityTypeConfiguration<ModerationCase>
{
    public void Configure(EntityTypeBuilder<ModerationCase> builder)
    {
        builder.HasIndex(c => new { c.GuildId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.GuildId, c.UserId, c.CreatedAt });
        builder.HasIndex(c => new { c.GuildId, c.MessageId });
        builder.Property(c => c.MessageExcerpt).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(2000);
    }
}

internal sealed class CaseAuditEntryConfiguration : IEntityTypeConfiguration<CaseAuditEntry>
{
    public void Configure(EntityTypeBuilder<CaseAuditEntry> builder)
    {
        builder.HasIndex(a => new { a.GuildId, a.CreatedAt });
        builder.HasIndex(a => a.CaseId);
        builder.HasOne<ModerationCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserStrikeConfiguration : IEntityTypeConfiguration<UserStrike>
{
    public void Configure(EntityTypeBuilder<UserStrike> builder)
    {
        builder.HasIndex(s => new { s.GuildId, s.UserId, s.ExpiresAt });
        builder.HasOne<ModerationCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedSubscriptionConfiguration : IEntityTypeConfiguration<FeedSubscription>
{
    public void Configure(EntityTypeBuilder<FeedSubscription> builder)
    {
        builder.HasIndex(f => new { f.GuildId, f.ChannelId, f.Url }).IsUnique();
        builder.HasIndex(f => f.NextPollAt);
    }
}

internal sealed class PostedArticleConfiguration : IEntityTypeConfiguration<PostedArticle>
{
    public void Configure(EntityTypeBuilder<PostedArticle> builder)
    {
        builder.HasIndex(p => new { p.GuildId, p.ChannelId, p.ArticleKey }).IsUnique();
        builder.HasIndex(p => new { p.ChannelId, p.PostedAt });
        builder.HasOne<FeedSubscription>().WithMany().HasForeignKey(p => p.FeedSubscriptionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ScoredMessageConfiguration : IEntityTypeConfiguration<ScoredMessage>
{
    public void Configure(EntityTypeBuilder<ScoredMessage> builder)
    {
        builder.HasIndex(s => new { s.GuildId, s.ScoredAt });
        builder.Property(s => s.Excerpt).HasMaxLength(200);
    }
}

internal sealed class ScoreFeedbackConfiguration : IEntityTypeConfiguration<ScoreFeedback>
{
    public void Configure(EntityTypeBuilder<ScoreFeedback> builder)
    {
        builder.HasIndex(f => f.CaseId);
        builder.Property(f => f.Text).HasMaxLength(4000);
    }
}
