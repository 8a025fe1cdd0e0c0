using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.ModLog;
using Bot.Moderation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Moderation.Tests.ModLog;

public sealed class ModLogInteractionModuleTests
{
    // The owner outranks everyone, so these tests of what each button does pass the hierarchy check; the refusals are
    // tested over the sandbox in Commands/ModLogButtonTests.
    private static readonly UserId Clicker = ModerationHarness.Owner;

    private static Interaction Click(string customId, DiscordPermissions permissions) => new(
        new InteractionId(1), new ApplicationId(2), InteractionKind.MessageComponent, "token", ModerationHarness.Guild, ModerationHarness.ModLog,
        new DiscordUser(Clicker, "owner", null, false), null, permissions, new InteractionData { CustomId = customId });

    private static async Task<ModerationCase> TimeoutCaseAsync(ModerationHarness harness)
    {
        // The hierarchy check reads the bot's own member for its top role.
        harness.Rest.SetMember(new GuildMember(ModerationHarness.BotUser, [], null, ModerationHarness.Start, null));
        return await harness.Get<ModerationExecutor>().ExecuteAsync(new ModerationRequest
        {
            Guild = ModerationHarness.Guild, User = ModerationHarness.Member, Action = CaseAction.Timeout, Channel = ModerationHarness.Watched,
            Message = new MessageId(77), Text = "you moron", DeleteMessage = true, TimeoutDuration = TimeSpan.FromMinutes(10), AddStrike = true,
        }, CancellationToken.None);
    }

    [Fact]
    public async Task Click_WithoutPermission_RefusedAndAudited()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var moderationCase = await TimeoutCaseAsync(harness);

        await harness.Get<ModLogInteractionModule>().HandleAsync(Click(ModLogCustomId.For(ModLogCustomId.Undo, moderationCase.Id), DiscordPermissions.SendMessages), CancellationToken.None);

        Assert.Empty(harness.Rest.CallsOf(nameof(IDiscordRest.RemoveTimeoutAsync)));
        var reply = Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.RespondToInteractionAsync)));
        Assert.True(reply.Response!.Message!.Ephemeral);
        var refusal = (await harness.AuditAsync()).Last();
        Assert.Equal((AuditKinds.ModLogRefused, Clicker.Value), (refusal.Kind, refusal.ActorId));
        Assert.Null(Assert.Single(await harness.CasesAsync()).RescindedAt);
    }

    [Fact]
    public async Task Undo_OnTimeout_RemovesTimeoutPardonsStrikeAndUpdatesEmbed()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var moderationCase = await TimeoutCaseAsync(harness);

        await harness.Get<ModLogInteractionModule>().HandleAsync(Click(ModLogCustomId.For(ModLogCustomId.Undo, moderationCase.Id), DiscordPermissions.ModerateMembers), CancellationToken.None);

        Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.RemoveTimeoutAsync)));
        Assert.True(harness.Get<SelfActionTracker>().IsOwn(ModerationHarness.Guild, ModerationHarness.Member, SelfActionKind.RemoveTimeout));
        var stored = Assert.Single(await harness.CasesAsync());
        Assert.Equal(Clicker.Value, stored.RescindedBy);
        Assert.Equal(0, await harness.Get<CaseStore>().CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, false, CancellationToken.None));
        var reply = Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.RespondToInteractionAsync)));
        Assert.Equal(InteractionResponseKind.UpdateMessage, reply.Response!.Kind);
        Assert.True(reply.Response.Message!.Components[0].Buttons[0].Disabled);
        Assert.Contains(AuditKinds.CaseUndone, (await harness.AuditAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task Undo_WhenDiscordRefuses_CaseUnchanged()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var moderationCase = await TimeoutCaseAsync(harness);
        harness.Rest.Fail(nameof(IDiscordRest.RemoveTimeoutAsync), DiscordErrorKind.Forbidden, "Missing Permissions");

        await harness.Get<ModLogInteractionModule>().HandleAsync(Click(ModLogCustomId.For(ModLogCustomId.Undo, moderationCase.Id), DiscordPermissions.ManageMessages), CancellationToken.None);

        Assert.Null(Assert.Single(await harness.CasesAsync()).RescindedAt);
        Assert.Contains("refused", Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.RespondToInteractionAsync))).Response!.Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmThenNotUncivil_OneFeedbackRowWithLatestVerdict()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var moderationCase = await TimeoutCaseAsync(harness);
        var module = harness.Get<ModLogInteractionModule>();

        await module.HandleAsync(Click(ModLogCustomId.For(ModLogCustomId.Confirm, moderationCase.Id), DiscordPermissions.ManageMessages), CancellationToken.None);
        await using (var context = harness.Database.CreateDbContext())
        {
            Assert.True((await context.Feedback.SingleAsync()).Uncivil);
        }

        await module.HandleAsync(Click(ModLogCustomId.For(ModLogCustomId.NotUncivil, moderationCase.Id), DiscordPermissions.ManageMessages), CancellationToken.None);

        await using (var context = harness.Database.CreateDbContext())
        {
            var feedback = await context.Feedback.SingleAsync();
            Assert.Equal((false, "you moron", Clicker.Value, moderationCase.Id), (feedback.Uncivil, feedback.Text, feedback.ModeratorId, feedback.CaseId!.Value));
        }

        Assert.Equal(0, await harness.Get<CaseStore>().CountActiveStrikesAsync(ModerationHarness.Guild, ModerationHarness.Member, false, CancellationToken.None));
        var kinds = (await harness.AuditAsync()).Select(a => a.Kind).ToList();
        Assert.Contains(AuditKinds.CaseConfirmed, kinds);
        Assert.Contains(AuditKinds.CaseNotUncivil, kinds);
    }

    [Fact]
    public async Task Click_ForCaseOfAnotherGuildOrGarbageId_AnsweredWithoutEffect()
    {
        await using var harness = await ModerationHarness.CreateAsync();
        var module = harness.Get<ModLogInteractionModule>();

        await module.HandleAsync(Click("modlog:undo:999999", DiscordPermissions.Administrator), CancellationToken.None);
        await module.HandleAsync(Click("modlog:explode:1", DiscordPermissions.Administrator), CancellationToken.None);

        Assert.Equal(2, harness.Rest.CallsOf(nameof(IDiscordRest.RespondToInteractionAsync)).Count());
        Assert.Empty(harness.Rest.CallsOf(nameof(IDiscordRest.RemoveTimeoutAsync)));
    }

    [Fact]
    public void Embed_ShowsCaseFieldsAndButtons()
    {
        var message = CaseEmbedFormatter.Render(new ModerationCase
        {
            Id = 5, Number = 12, GuildId = 1, UserId = 2, ChannelId = 3, MessageExcerpt = "@everyone you idiot", Action = CaseAction.Delete,
            Outcome = CaseOutcome.Done, IncivilityScore = 0.9, RepetitionScore = 0.1, Reasons = ["incivility 0.90 ≥ DELETE 0.85"], Terms = ["idiot"],
        });

        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Case #12 · Delete", embed.Title);
        Assert.Equal("> @everyone you idiot", embed.Description);
        Assert.Equal(["User", "Channel", "Action", "Scores", "Reasons", "Terms", "Source", "Outcome"], embed.Fields.Select(f => f.Name));
        Assert.Same(AllowedMentions.None, message.AllowedMentions);
        Assert.Equal(["modlog:undo:5", "modlog:confirm:5", "modlog:notuncivil:5"], message.Components[0].Buttons.Select(b => b.CustomId));
    }
}
