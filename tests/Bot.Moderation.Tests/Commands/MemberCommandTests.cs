using Bot.Data.Entities;
using Bot.Moderation.Commands.Members;
using Bot.Sandbox.Model;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

public sealed class MemberCommandTests(CommandFixture fixture) : IClassFixture<CommandFixture>
{
    private readonly CommandHarness _harness = fixture.Harness;

    [Fact]
    public async Task Report_ContextMenuThenModal_OpensMemberReportCaseInModQueue()
    {
        var guild = await _harness.NewGuildAsync();
        var reported = await guild.PostAsync(guild.Moderator, "you are all idiots");

        var modal = await guild.MessageMenuAsync(guild.Member, ReportMessageCommand.ContextMenuName, reported.Id);

        Assert.Equal(CommandReply.Modal, modal.Type);
        var reply = await guild.SubmitModalAsync(guild.Member, modal.ModalCustomId!, new Dictionary<string, string> { [ReportMessageCommand.ReasonInput] = "insults" });

        var report = Assert.Single(await guild.CasesAsync());
        Assert.Equal(
            (CaseAction.Report, CaseSource.MemberReport, guild.Member, guild.Moderator, reported.Id, "you are all idiots", "insults"),
            (report.Action, report.Source, report.ActorId, report.UserId, report.MessageId, report.MessageExcerpt, report.Note));
        Assert.Single(guild.ModLogMessages);
        Assert.False(guild.Sandbox.IsDeleted(reported.Id));
        Assert.True(reply.Ephemeral);
        Assert.Contains("moderators have your report", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OwnMessage_Refused()
    {
        var guild = await _harness.NewGuildAsync();
        var mine = await guild.PostAsync(guild.Member, "mine");

        var reply = await guild.MessageMenuAsync(guild.Member, ReportMessageCommand.ContextMenuName, mine.Id);

        Assert.Equal(CommandReply.Reply, reply.Type);
        Assert.Contains("your own message", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TamperedModalId_RefusedWithoutCase()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SubmitModalAsync(guild.Member, "report:abc", new Dictionary<string, string>());

        Assert.Contains("no longer valid", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Report_ModalNamingAnotherAuthor_RefusedWithoutCase()
    {
        var guild = await _harness.NewGuildAsync();
        var written = await guild.PostAsync(guild.Moderator, "you are all idiots");

        var reply = await guild.SubmitModalAsync(guild.Member, $"{ReportMessageCommand.ModalPrefix}{guild.General}:{written.Id}:{guild.Owner}", new Dictionary<string, string>());

        Assert.Contains("no longer valid", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.CasesAsync());
        Assert.Empty(guild.ModLogMessages);
    }

    [Fact]
    public async Task Appeal_SomeoneElsesCase_Refused()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));

        var reply = await guild.SlashAsync(guild.OtherModerator, "appeal", Whole("case", 1), Text("text", "unfair"));

        Assert.Contains("not about you", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await guild.AuditAsync(), a => a.Kind == AppealAudit.Appealed);
    }

    [Fact]
    public async Task Appeal_UnknownCase_Refused()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Member, "appeal", Whole("case", 3), Text("text", "unfair"));

        Assert.Equal("There is no case #3 in this server.", reply.Text);
        Assert.Empty(guild.ModLogMessages);
    }

    [Fact]
    public async Task Appeal_NoModLogChannel_RefusedClearly()
    {
        var guild = await _harness.NewGuildAsync(withModLog: false);
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));

        var reply = await guild.SlashAsync(guild.Member, "appeal", Whole("case", 1), Text("text", "unfair"));

        Assert.Contains("no mod-log channel", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await guild.AuditAsync(), a => a.Kind == AppealAudit.Appealed);
    }

    [Fact]
    public async Task Appeal_GrantedByModerator_PardonsCaseAndTellsTheMember()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", "1h"), Text("reason", "x"));

        var sent = await guild.SlashAsync(guild.Member, "appeal", Whole("case", 1), Text("text", "I was quoting someone"));

        Assert.True(sent.Ephemeral);
        var appeal = guild.ModLogMessages[^1];
        Assert.Equal("I was quoting someone", (string?)appeal.Embeds[0]!["description"]);
        Assert.Contains(await guild.AuditAsync(), a => a.Kind == AppealAudit.Appealed && a.ActorId == guild.Member);
        var grant = CommandReply.ButtonId(appeal.Components, "Grant");

        var byMember = await guild.ClickAsync(guild.Member, appeal, grant);
        Assert.Contains("Manage Messages or Moderate Members", byMember.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await guild.CasesAsync()).RescindedAt);

        var granted = await guild.ClickAsync(guild.OtherModerator, appeal, grant);

        Assert.NotNull(Assert.Single(await guild.CasesAsync()).RescindedAt);
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        Assert.Equal(CommandReply.Update, granted.Type);
        Assert.StartsWith("Appeal granted", granted.Content, StringComparison.Ordinal);
        AssertAnswered(guild.Sandbox.GetMessage(appeal.Id));
        Assert.Contains("granted", guild.DirectMessages(guild.Member)[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeal_DenyFromAStaleCopyAfterGrant_RefusedAndMemberNotToldOtherwise()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));
        await guild.SlashAsync(guild.Member, "appeal", Whole("case", 1), Text("text", "unfair"));
        var appeal = guild.ModLogMessages[^1];
        await guild.ClickAsync(guild.Moderator, appeal, CommandReply.ButtonId(appeal.Components, "Grant"));
        var told = guild.DirectMessages(guild.Member).Count;

        var late = await guild.ClickAsync(guild.OtherModerator, appeal, CommandReply.ButtonId(appeal.Components, "Deny"));

        Assert.Contains("already pardoned", late.Text, StringComparison.Ordinal);
        Assert.True(late.Ephemeral);
        Assert.DoesNotContain(await guild.AuditAsync(), a => a.Kind == AppealAudit.Denied);
        Assert.Equal(told, guild.DirectMessages(guild.Member).Count);
    }

    [Fact]
    public async Task Appeal_ModeratorGrantsTheirOwnAppeal_Refused()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Admin, "warn", User("user", guild.Moderator), Text("reason", "x"));
        await guild.SlashAsync(guild.Moderator, "appeal", Whole("case", 1), Text("text", "I was right"));
        var appeal = guild.ModLogMessages[^1];

        var reply = await guild.ClickAsync(guild.Moderator, appeal, CommandReply.ButtonId(appeal.Components, "Grant"));

        Assert.Equal("You cannot use this on yourself.", reply.Text);
        Assert.True(reply.Ephemeral);
        Assert.Null(Assert.Single(await guild.CasesAsync()).RescindedAt);
        Assert.False(CommandReply.IsDisabled(guild.Sandbox.GetMessage(appeal.Id).Components, "Grant"));
    }

    [Fact]
    public async Task Appeal_Denied_AuditedAndCaseStands()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));
        await guild.SlashAsync(guild.Member, "appeal", Whole("case", 1), Text("text", "unfair"));
        var appeal = guild.ModLogMessages[^1];

        await guild.ClickAsync(guild.Moderator, appeal, CommandReply.ButtonId(appeal.Components, "Deny"));

        Assert.Null(Assert.Single(await guild.CasesAsync()).RescindedAt);
        Assert.Contains(await guild.AuditAsync(), a => a.Kind == AppealAudit.Denied && a.ActorId == guild.Moderator);
        AssertAnswered(guild.Sandbox.GetMessage(appeal.Id));
        Assert.Contains("denied", guild.DirectMessages(guild.Member)[^1].Content, StringComparison.Ordinal);
    }

    /// <summary>An answered appeal keeps its buttons, disabled, so no one answers it twice.</summary>
    private static void AssertAnswered(SandboxMessage appeal)
    {
        Assert.True(CommandReply.IsDisabled(appeal.Components, "Grant"));
        Assert.True(CommandReply.IsDisabled(appeal.Components, "Deny"));
    }
}
