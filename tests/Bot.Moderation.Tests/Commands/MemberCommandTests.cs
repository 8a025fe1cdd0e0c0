using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Members;
using static Bot.Moderation.Tests.Commands.CommandHarness;

namespace Bot.Moderation.Tests.Commands;

public sealed class MemberCommandTests
{
    [Fact]
    public async Task Report_ContextMenuThenModal_OpensMemberReportCaseInModQueue()
    {
        await using var harness = await CreateAsync();
        var reported = harness.Message(Moderator, "you are all idiots", Start.AddMinutes(-1));

        await harness.RunAsync(harness.MessageMenu(Member, ReportMessageCommand.ContextMenuName, reported));

        var modal = harness.Rest.Responses.Single();
        Assert.Equal(InteractionResponseKind.Modal, modal.Kind);
        await harness.RunAsync(harness.ModalSubmit(Member, modal.Modal!.CustomId, new Dictionary<string, string> { ["reason"] = "insults" }));

        var report = Assert.Single(await harness.CasesAsync());
        Assert.Equal(
            (CaseAction.Report, CaseSource.MemberReport, Member.Value, Moderator.Value, reported.Id.Value, "you are all idiots", "insults"),
            (report.Action, report.Source, report.ActorId, report.UserId, report.MessageId, report.MessageExcerpt, report.Note));
        Assert.Equal(ModLogChannel, Assert.Single(harness.Rest.Sent).Channel);
        Assert.Contains("moderators have your report", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OwnMessage_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.MessageMenu(Member, ReportMessageCommand.ContextMenuName, harness.Message(Member, "mine", Start)));

        Assert.Contains("your own message", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TamperedModalId_RefusedWithoutCase()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.ModalSubmit(Member, "report:abc", new Dictionary<string, string>()));

        Assert.Contains("no longer valid", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(await harness.CasesAsync());
    }

    [Fact]
    public async Task Appeal_SomeoneElsesCase_Refused()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "x")));

        await harness.RunAsync(harness.Slash(OtherModerator, "appeal", Opt("case", CommandOptionKind.Integer, 1), Text("text", "unfair")));

        Assert.Contains("not about you", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.DoesNotContain(await harness.AuditAsync(), a => a.Kind == AppealAudit.Appealed);
    }

    [Fact]
    public async Task Appeal_NoModLogChannel_RefusedClearly()
    {
        await using var harness = await CreateAsync(withModLog: false);
        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "x")));

        await harness.RunAsync(harness.Slash(Member, "appeal", Opt("case", CommandOptionKind.Integer, 1), Text("text", "unfair")));

        Assert.Contains("no mod-log channel", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeal_GrantedByModerator_PardonsCaseAndTellsTheMember()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "timeout", User("user", Member), Text("duration", "1h"), Text("reason", "x")));

        await harness.RunAsync(harness.Slash(Member, "appeal", Opt("case", CommandOptionKind.Integer, 1), Text("text", "I was quoting someone")));

        var appeal = harness.Rest.Sent.Last();
        Assert.Equal(ModLogChannel, appeal.Channel);
        Assert.Equal("I was quoting someone", appeal.Message.Embeds.Single().Description);
        var buttons = appeal.Message.Components.Single().Buttons;
        Assert.Contains(await harness.AuditAsync(), a => a.Kind == AppealAudit.Appealed && a.ActorId == Member.Value);

        await harness.RunAsync(harness.Button(Member, buttons.Single(b => b.Label.StartsWith("Grant", StringComparison.Ordinal)).CustomId!));
        Assert.Contains("Manage Messages or Moderate Members", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await harness.CasesAsync()).RescindedAt);

        await harness.RunAsync(harness.Button(OtherModerator, buttons.Single(b => b.Label.StartsWith("Grant", StringComparison.Ordinal)).CustomId!));

        Assert.NotNull(Assert.Single(await harness.CasesAsync()).RescindedAt);
        Assert.Equal(Member, Assert.Single(harness.Rest.RemovedTimeouts));
        Assert.Equal(InteractionResponseKind.UpdateMessage, harness.Rest.Responses.Last().Kind);
        Assert.Empty(harness.Rest.Responses.Last().Message!.Components);
        Assert.Contains("granted", harness.Rest.DirectMessages.Last().Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeal_Denied_AuditedAndCaseStands()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "x")));
        await harness.RunAsync(harness.Slash(Member, "appeal", Opt("case", CommandOptionKind.Integer, 1), Text("text", "unfair")));
        var deny = harness.Rest.Sent.Last().Message.Components.Single().Buttons.Single(b => b.Label == "Deny");

        await harness.RunAsync(harness.Button(Moderator, deny.CustomId!));

        Assert.Null(Assert.Single(await harness.CasesAsync()).RescindedAt);
        Assert.Contains(await harness.AuditAsync(), a => a.Kind == AppealAudit.Denied && a.ActorId == Moderator.Value);
        Assert.Contains("denied", harness.Rest.DirectMessages.Last().Message.Content, StringComparison.Ordinal);
    }
}
