using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Preview;
using Bot.Moderation.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Tests.Pipeline;

public sealed class MessageModeratorTests
{
    private static Task PostAsync(ModerationHarness harness, DiscordMessage message) =>
        harness.Get<MessageModerator>().HandleAsync(new MessageCreated(message), CancellationToken.None);

    [Fact]
    public async Task Uncivil_InWatchedChannel_DeletedWarnedCasedAndLogged()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var message = harness.Message("you idiot");

        await PostAsync(harness, message);

        var moderationCase = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Warn, CaseOutcome.Done, CaseSource.Automatic), (moderationCase.Action, moderationCase.Outcome, moderationCase.Source));
        Assert.Equal((message.Id.Value, "you idiot", 0.9), (moderationCase.MessageId!.Value, moderationCase.MessageExcerpt, moderationCase.IncivilityScore!.Value));
        Assert.Equal(["idiot"], moderationCase.Terms);
        Assert.Equal(message.Id, Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.DeleteMessageAsync))).MessageId);
        Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.SendDirectMessageAsync)));
        var post = Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.SendMessageAsync)));
        Assert.Equal(ModerationHarness.ModLog, post.Channel);
        Assert.Same(AllowedMentions.None, post.Message!.AllowedMentions);
    }

    [Fact]
    public async Task Uncivil_InThreadOfWatchedChannel_IsModerated()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await PostAsync(harness, harness.Message("you idiot", ModerationHarness.Thread));

        Assert.Single(await harness.CasesAsync());
        Assert.True(Assert.Single(harness.Repetition.Observed).IsThread);
    }

    [Fact]
    public async Task Uncivil_InUnwatchedChannel_IsIgnored()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await PostAsync(harness, harness.Message("you idiot", ModerationHarness.Unwatched));

        Assert.Empty(await harness.CasesAsync());
        Assert.Empty(harness.Rest.Calls);
    }

    [Fact]
    public async Task Uncivil_FromModeratorRoleOrOwnerOrBot_IsExempt()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await PostAsync(harness, harness.Message("you idiot", roles: [ModerationHarness.ModeratorRole]));
        await PostAsync(harness, harness.Message("you idiot", author: ModerationHarness.Owner));
        await PostAsync(harness, harness.Message("you idiot", author: ModerationHarness.BotUser, isBot: true));
        await PostAsync(harness, harness.Message("you idiot", author: new UserId(42), isBot: true));

        Assert.Empty(await harness.CasesAsync());
    }

    [Fact]
    public async Task Uncivil_WithExemptRole_IsExempt()
    {
        await using var harness = await ModerationHarness.CreateAsync(settings =>
            settings.Exemptions.Add(new Exemption { GuildId = settings.GuildId, Kind = ExemptionKind.Role, TargetId = ModerationHarness.ExemptRole.Value }));

        await PostAsync(harness, harness.Message("you idiot", roles: [ModerationHarness.ExemptRole]));

        Assert.Empty(await harness.CasesAsync());
    }

    [Fact]
    public async Task SameMessageReplayed_ActsOnce()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var message = harness.Message("you idiot");

        await PostAsync(harness, message);
        await PostAsync(harness, message);

        Assert.Single(await harness.CasesAsync());
        Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.DeleteMessageAsync)));
    }

    [Fact]
    public async Task ReplayAfterRestart_CaseLogStopsSecondAction()
    {
        await using var database = await Bot.Testing.TestDatabase.CreateAsync();
        DiscordMessage message;
        await using (var first = await ModerationHarness.CreateAsync(database: database))
        {
            message = first.Message("you idiot");
            await PostAsync(first, message);
        }

        await using var second = await ModerationHarness.CreateAsync(database: database);
        await PostAsync(second, message);

        Assert.Single(await second.CasesAsync());
        Assert.Empty(second.Rest.Calls);
    }

    [Fact]
    public async Task EditedToUncivil_IsScoredAgainWithoutRepetition()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var message = harness.Message("fine article");
        await PostAsync(harness, message);

        await harness.Get<MessageModerator>().HandleAsync(new MessageUpdated(message.Id, message.ChannelId, message.GuildId, message.Author,
            message.Member, "fine article, idiot", harness.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(CaseAction.Warn, Assert.Single(await harness.CasesAsync()).Action);
        Assert.Single(harness.Repetition.Observed);
    }

    [Fact]
    public async Task RepeatedUncivil_ClimbsLadderThenDecays()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        await PostAsync(harness, harness.Message("idiot one"));
        await PostAsync(harness, harness.Message("idiot two"));
        await PostAsync(harness, harness.Message("idiot three"));
        harness.Time.Advance(TimeSpan.FromDays(8));
        await PostAsync(harness, harness.Message("idiot four"));

        var cases = await harness.CasesAsync();
        Assert.Equal([CaseAction.Warn, CaseAction.Timeout, CaseAction.Timeout, CaseAction.Warn], cases.Select(c => c.Action));
        var timeouts = harness.Rest.CallsOf(nameof(IDiscordRest.TimeoutMemberAsync)).ToList();
        Assert.Equal([ModerationHarness.Start.AddMinutes(10), ModerationHarness.Start.AddHours(1)], timeouts.Select(t => t.Until!.Value));
        var alert = harness.Rest.CallsOf(nameof(IDiscordRest.SendMessageAsync)).Single(c => c.Message!.Content is not null);
        Assert.Contains("Alert", alert.Message!.Content, StringComparison.Ordinal);
        Assert.Contains("#3", alert.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepetitivePosting_TimesOutOnSecondStrike()
    {
        await using var harness = await ModerationHarness.CreateAsync();

        for (var i = 0; i < 3; i++)
        {
            await PostAsync(harness, harness.Message("BUY NOW"));
        }

        Assert.Equal([CaseAction.Warn, CaseAction.Timeout], (await harness.CasesAsync()).Select(c => c.Action));
        Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.TimeoutMemberAsync)));
    }

    [Fact]
    public async Task ShadowMode_WritesShadowCasesAndTakesNoAction()
    {
        await using var harness = await ModerationHarness.CreateAsync(settings => settings.Mode = ModerationMode.Shadow);

        await PostAsync(harness, harness.Message("you idiot"));
        await PostAsync(harness, harness.Message("you moron"));

        var cases = await harness.CasesAsync();
        Assert.Equal([CaseAction.Warn, CaseAction.Timeout], cases.Select(c => c.Action));
        Assert.All(cases, c => Assert.Equal(CaseOutcome.Shadow, c.Outcome));
        Assert.All(harness.Rest.Calls, c => Assert.Equal(nameof(IDiscordRest.SendMessageAsync), c.Method));
    }

    [Fact]
    public async Task SettingsChanged_InvalidationTakesEffect()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        await PostAsync(harness, harness.Message("silly take"));

        await harness.UpdateSettingsAsync(settings => settings.IncivilityFlagThreshold = 0.7);
        await PostAsync(harness, harness.Message("another silly take"));

        Assert.Equal([CaseAction.Flag], (await harness.CasesAsync()).Select(c => c.Action));
        Assert.Equal(CaseOutcome.Recorded, (await harness.CasesAsync())[0].Outcome);
    }

    [Fact]
    public async Task ScoredMessages_AreKeptBoundedPerGuild()
    {
        await using var harness = await ModerationHarness.CreateAsync(options: o => o.ScoredMessagesPerGuild = 10);

        for (var i = 0; i < 25; i++)
        {
            await PostAsync(harness, harness.Message($"civil comment {i}"));
        }

        await harness.Get<ScoredMessageRecorder>().FlushAsync(CancellationToken.None);

        await using var context = harness.Database.CreateDbContext();
        var kept = await context.ScoredMessages.OrderBy(s => s.Id).Select(s => s.Excerpt).ToListAsync();
        Assert.Equal(10, kept.Count);
        Assert.Equal("civil comment 24", kept[^1]);
        Assert.Equal("civil comment 15", kept[0]);
    }
}
