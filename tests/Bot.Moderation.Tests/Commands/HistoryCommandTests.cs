using Bot.Discord.Abstractions;
using static Bot.Moderation.Tests.Commands.CommandHarness;

namespace Bot.Moderation.Tests.Commands;

public sealed class HistoryCommandTests
{
    [Fact]
    public async Task CaseShow_ExistingCase_ShowsItsEmbedEphemerally()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "note", User("user", Member), Text("text", "first")));

        await harness.RunAsync(harness.Slash(Moderator, "case", Sub("show", Opt("number", CommandOptionKind.Integer, 1))));

        var reply = harness.Rest.Replies.Last();
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Case #1", reply.Embeds.Single().Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseShow_UnknownNumber_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "case", Sub("show", Opt("number", CommandOptionKind.Integer, 5))));

        Assert.Contains("no case #5", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_ByMember_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Member, "case", Sub("list")));

        Assert.Contains("Manage Messages or Moderate Members", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "Snooze", "is not a case type")]
    [InlineData("since", "yesterday", "is not a duration")]
    public async Task CaseList_BadFilter_Refused(string option, string value, string expected)
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "case", Sub("list", Text(option, value))));

        Assert.Contains(expected, harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_TypeAndSince_FiltersCases()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "note", User("user", Member), Text("text", "old note")));
        harness.Time.Advance(TimeSpan.FromDays(3));
        await harness.RunAsync(harness.Slash(Moderator, "note", User("user", Member), Text("text", "new note")));
        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "w")));

        await harness.RunAsync(harness.Slash(Moderator, "case", Sub("list", Text("type", "Note"), Text("since", "1d"))));

        var list = harness.Rest.LastReply;
        Assert.Contains("1 case(s)", list, StringComparison.Ordinal);
        Assert.Contains("`#2`", list, StringComparison.Ordinal);
        Assert.DoesNotContain("`#1`", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modlog_ManyCases_PagesWithButtonsAndCountsStrikes()
    {
        await using var harness = await CreateAsync();
        for (var i = 0; i < 6; i++)
        {
            await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", $"w{i}")));
        }

        harness.Rest.Replies.Clear();
        await harness.RunAsync(harness.Slash(Moderator, "modlog", User("user", Member)));

        var first = harness.Rest.Replies.Single();
        Assert.Contains("**6** active strike(s), 6 case(s)", first.Content, StringComparison.Ordinal);
        Assert.Contains("Page 1/2", first.Content, StringComparison.Ordinal);
        var next = first.Components.Single().Buttons.Single(b => b.Label == "Next");

        await harness.RunAsync(harness.Button(Moderator, next.CustomId!));

        var update = harness.Rest.Responses.Last();
        Assert.Equal(InteractionResponseKind.UpdateMessage, update.Kind);
        Assert.Contains("Page 2/2", update.Message!.Content, StringComparison.Ordinal);
        Assert.Contains("`#1`", update.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Text_RepliesWithScoreReasonsTermsAndVerdict()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "score", Text("text", "you idiot")));

        var embed = harness.Rest.Replies.Single().Embeds.Single();
        Assert.Equal("Incivility 0.90", embed.Title);
        Assert.Contains(embed.Fields, f => f.Name == "Terms" && f.Value == "idiot");
        Assert.Contains(embed.Fields, f => f.Value.StartsWith("deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScoreMessage_ContextMenu_ScoresTheTargetMessage()
    {
        await using var harness = await CreateAsync();
        var message = harness.Message(Member, "what a lovely idea", Start);

        await harness.RunAsync(harness.MessageMenu(Moderator, "Score message", message));

        Assert.Equal("Incivility 0.00", harness.Rest.Replies.Single().Embeds.Single().Title);
    }
}
