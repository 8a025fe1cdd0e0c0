using Bot.Data.Entities;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Tests;

public sealed class RoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GuildSettings_WithChildren_RoundTrips()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var context = database.CreateDbContext())
        {
            context.GuildSettings.Add(new GuildSettings
            {
                GuildId = 1234567890123456789,
                Mode = ModerationMode.Enforce,
                ModLogChannelId = 42,
                IncivilityDeleteThreshold = 0.9,
                WatchedChannels = [new WatchedChannel { GuildId = 1234567890123456789, ChannelId = 7, AddedAt = Now }],
                Exemptions = [new Exemption { GuildId = 1234567890123456789, TargetId = 8, Kind = ExemptionKind.Role, AddedAt = Now }],
                Ladder =
                [
                    new LadderStep { GuildId = 1234567890123456789, Strike = 1, Action = CaseAction.Delete },
                    new LadderStep { GuildId = 1234567890123456789, Strike = 2, Action = CaseAction.Timeout, TimeoutMinutes = 10, AlertModerators = true },
                ],
                CreatedAt = Now,
                UpdatedAt = Now,
            });
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var settings = await context.GuildSettings
                .Include(g => g.WatchedChannels).Include(g => g.Exemptions).Include(g => g.Ladder)
                .SingleAsync();
            Assert.Equal(ModerationMode.Enforce, settings.Mode);
            Assert.Equal(42UL, settings.ModLogChannelId);
            Assert.Equal(0.9, settings.IncivilityDeleteThreshold);
            Assert.Equal(7UL, Assert.Single(settings.WatchedChannels).ChannelId);
            Assert.Equal(ExemptionKind.Role, Assert.Single(settings.Exemptions).Kind);
            Assert.Equal(10, settings.Ladder.Single(l => l.Strike == 2).TimeoutMinutes);
            Assert.Equal(Now, settings.CreatedAt);
        }
    }

    [Fact]
    public async Task CaseWithAuditAndStrike_RoundTripsAndQueriesByTime()
    {
        await using var database = await TestDatabase.CreateAsync();
        long caseId;
        await using (var context = database.CreateDbContext())
        {
            var moderationCase = new ModerationCase
            {
                GuildId = 1, Number = 1, UserId = 2, ChannelId = 3, MessageId = 4, MessageExcerpt = "you idiot",
                Action = CaseAction.Timeout, Source = CaseSource.Automatic, IncivilityScore = 0.97, RepetitionScore = 0.1,
                Reasons = ["insult aimed at a person"], Terms = ["idiot"], Outcome = CaseOutcome.Done,
                ExpiresAt = Now.AddMinutes(10), CreatedAt = Now, UpdatedAt = Now,
            };
            context.Cases.Add(moderationCase);
            await context.SaveChangesAsync();
            caseId = moderationCase.Id;
            context.CaseAudit.Add(new CaseAuditEntry { GuildId = 1, CaseId = caseId, Kind = "case.created", CreatedAt = Now });
            context.Strikes.Add(new UserStrike { GuildId = 1, UserId = 2, CaseId = caseId, CreatedAt = Now, ExpiresAt = Now.AddDays(7) });
            context.Feedback.Add(new ScoreFeedback { GuildId = 1, CaseId = caseId, Text = "you idiot", Uncivil = true, ModeratorId = 9, CreatedAt = Now });
            context.ScoredMessages.Add(new ScoredMessage { GuildId = 1, ChannelId = 3, MessageId = 4, UserId = 2, Incivility = 0.97, ScoredAt = Now });
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var loaded = await context.Cases.SingleAsync(c => c.CreatedAt >= Now.AddMinutes(-1));
            Assert.Equal(["insult aimed at a person"], loaded.Reasons);
            Assert.Equal(["idiot"], loaded.Terms);
            Assert.Equal(CaseAction.Timeout, loaded.Action);
            Assert.Equal(Now.AddMinutes(10), loaded.ExpiresAt);
            Assert.Equal(1, await context.Strikes.CountAsync(s => s.UserId == 2 && s.ExpiresAt > Now));
            Assert.Equal("case.created", (await context.CaseAudit.SingleAsync()).Kind);
            Assert.True((await context.Feedback.SingleAsync()).Uncivil);
            Assert.Equal(0.97, (await context.ScoredMessages.SingleAsync()).Incivility);
        }
    }

    [Fact]
    public async Task FeedAndPostedArticle_RoundTripAndKeyIsUnique()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = database.CreateDbContext();
        var feed = new FeedSubscription { GuildId = 1, ChannelId = 2, Url = "https://example.org/rss", ETag = "\"abc\"", NextPollAt = Now, CreatedAt = Now };
        context.Feeds.Add(feed);
        await context.SaveChangesAsync();
        context.PostedArticles.Add(new PostedArticle { GuildId = 1, ChannelId = 2, FeedSubscriptionId = feed.Id, ArticleKey = "guid:1", SeenAt = Now });
        await context.SaveChangesAsync();

        context.PostedArticles.Add(new PostedArticle { GuildId = 1, ChannelId = 2, ArticleKey = "guid:1", SeenAt = Now });
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        await using var fresh = database.CreateDbContext();
        Assert.Equal("\"abc\"", (await fresh.Feeds.SingleAsync()).ETag);
        Assert.Equal(feed.Id, (await fresh.PostedArticles.SingleAsync()).FeedSubscriptionId);
    }

    [Fact]
    public async Task CaseAudit_UpdateOrDelete_IsRefusedByContextAndDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var context = database.CreateDbContext())
        {
            context.CaseAudit.Add(new CaseAuditEntry { GuildId = 1, Kind = "config.mode", Detail = "shadow -> enforce", CreatedAt = Now });
            await context.SaveChangesAsync();
            var entry = await context.CaseAudit.SingleAsync();
            entry.Detail = "rewritten";
            Assert.Throws<InvalidOperationException>(() => context.SaveChanges());
        }

        await using (var context = database.CreateDbContext())
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                context.Database.ExecuteSqlRawAsync("UPDATE CaseAudit SET Detail = 'x'"));
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                context.Database.ExecuteSqlRawAsync("DELETE FROM CaseAudit"));
            Assert.Equal("shadow -> enforce", (await context.CaseAudit.SingleAsync()).Detail);
        }
    }
}
