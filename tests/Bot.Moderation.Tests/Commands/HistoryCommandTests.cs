using Bot.Moderation.Commands.Scoring;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

public sealed class HistoryCommandTests(CommandFixture fixture) : IClassFixture<CommandFixture>
{
    private readonly CommandHarness _harness = fixture.Harness;

    [Fact]
    public async Task CaseShow_ExistingCase_ShowsItsEmbedEphemerally()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "first"));

        var reply = await guild.SlashAsync(guild.Moderator, "case", Sub("show", Whole("number", 1)));

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Case #1", (string?)Assert.Single(reply.Embeds)!["title"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "There is no case #5 in this server.")]
    [InlineData(0, "Case numbers start at 1; `0` is not one.")]
    public async Task CaseShow_UnknownNumber_Refused(long number, string expected)
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "case", Sub("show", Whole("number", number)));

        Assert.Equal(expected, reply.Text);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task CaseShow_CaseOfAnotherGuild_NotShown()
    {
        var elsewhere = await _harness.NewGuildAsync();
        await elsewhere.SlashAsync(elsewhere.Moderator, "note", User("user", elsewhere.Member), Text("text", "theirs"));
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "case", Sub("show", Whole("number", 1)));

        Assert.Equal("There is no case #1 in this server.", reply.Text);
    }

    [Theory]
    [InlineData("case")]
    [InlineData("modlog")]
    public async Task History_ByMember_Refused(string command)
    {
        var guild = await _harness.NewGuildAsync();

        var reply = command == "case"
            ? await guild.SlashAsync(guild.Member, "case", Sub("list"))
            : await guild.SlashAsync(guild.Member, "modlog", User("user", guild.Member));

        Assert.Equal("You need the Manage Messages or Moderate Members permission to do this.", reply.Text);
        Assert.True(reply.Ephemeral);
    }

    [Theory]
    [InlineData("type", "Snooze", "is not a case type")]
    [InlineData("since", "yesterday", "is not a duration")]
    public async Task CaseList_BadFilter_Refused(string option, string value, string expected)
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "case", Sub("list", Text(option, value)));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_TypeAndSince_FiltersCases()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "old note"));
        _harness.Time.Advance(TimeSpan.FromDays(3));
        await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "new note"));
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "w"));

        var list = await guild.SlashAsync(guild.Moderator, "case", Sub("list", Text("type", "Note"), Text("since", "1d")));

        Assert.True(list.Ephemeral);
        Assert.Contains("1 case(s)", list.Text, StringComparison.Ordinal);
        Assert.Contains("`#2`", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`#1`", list.Text, StringComparison.Ordinal);
        Assert.Empty(list.Components);
    }

    [Fact]
    public async Task CaseList_User_OnlyTheirCases()
    {
        var guild = await _harness.NewGuildAsync();
        var other = guild.Join("other", guild.MemberRole);
        await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "one"));
        await guild.SlashAsync(guild.Moderator, "note", User("user", other), Text("text", "two"));

        var list = await guild.SlashAsync(guild.Moderator, "case", Sub("list", User("user", other)));

        Assert.Contains("1 case(s)", list.Text, StringComparison.Ordinal);
        Assert.Contains($"`#2` **Note** <@{other}>", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modlog_ManyCases_PagesWithButtonsAndCountsStrikes()
    {
        var guild = await _harness.NewGuildAsync();
        for (var i = 0; i < 6; i++)
        {
            await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", $"w{i}"));
        }

        var first = await guild.SlashAsync(guild.Moderator, "modlog", User("user", guild.Member));

        Assert.True(first.Ephemeral);
        Assert.Contains("**6** active strike(s), 6 case(s)", first.Text, StringComparison.Ordinal);
        Assert.Contains("Page 1/2", first.Text, StringComparison.Ordinal);
        Assert.True(CommandReply.IsDisabled(first.Components, "Previous"));

        var next = await guild.ClickAsync(guild.Moderator, first.Message!, CommandReply.ButtonId(first.Components, "Next"));

        Assert.Equal(CommandReply.Update, next.Type);
        Assert.Contains("Page 2/2", next.Text, StringComparison.Ordinal);
        Assert.Contains("`#1`", next.Text, StringComparison.Ordinal);
        Assert.Contains("Page 2/2", guild.Sandbox.GetMessage(first.Message!.Id).Content, StringComparison.Ordinal);
        Assert.True(CommandReply.IsDisabled(next.Components, "Next"));
    }

    [Fact]
    public async Task Modlog_PageButtonByMember_RefusedAndPageUnchanged()
    {
        var guild = await _harness.NewGuildAsync();
        for (var i = 0; i < 6; i++)
        {
            await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", $"n{i}"));
        }

        var first = await guild.SlashAsync(guild.Moderator, "modlog", User("user", guild.Member));

        var click = await guild.ClickAsync(guild.Member, first.Message!, CommandReply.ButtonId(first.Components, "Next"));

        Assert.Equal(CommandReply.Reply, click.Type);
        Assert.Contains("Manage Messages or Moderate Members", click.Text, StringComparison.Ordinal);
        Assert.Contains("Page 1/2", guild.Sandbox.GetMessage(first.Message!.Id).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Text_RepliesWithScoreReasonsTermsAndVerdict()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "score", Text("text", "you idiot"));

        Assert.True(reply.Ephemeral);
        var embed = Assert.Single(reply.Embeds)!;
        Assert.Equal("Incivility 0.90", (string?)embed["title"]);
        var fields = embed["fields"]!.AsArray();
        Assert.Contains(fields, f => (string?)f!["name"] == "Terms" && (string?)f["value"] == "idiot");
        Assert.Contains(fields, f => ((string?)f!["value"])!.StartsWith("deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScoreMessage_ContextMenu_ScoresTheTargetMessage()
    {
        var guild = await _harness.NewGuildAsync();
        var message = await guild.PostAsync(guild.Member, "what a lovely idea");

        var reply = await guild.MessageMenuAsync(guild.Moderator, ScoreCommands.ContextMenuName, message.Id);

        Assert.True(reply.Ephemeral);
        Assert.Equal("Incivility 0.00", reply.Text);
    }

    [Fact]
    public async Task Score_ByMember_RefusedBothWays()
    {
        var guild = await _harness.NewGuildAsync();
        var message = await guild.PostAsync(guild.Moderator, "you idiot");

        var slash = await guild.SlashAsync(guild.Member, "score", Text("text", "you idiot"));
        var menu = await guild.MessageMenuAsync(guild.Member, ScoreCommands.ContextMenuName, message.Id);

        Assert.Contains("Manage Messages or Moderate Members", slash.Text, StringComparison.Ordinal);
        Assert.Contains("Manage Messages or Moderate Members", menu.Text, StringComparison.Ordinal);
        Assert.Empty(slash.Embeds);
    }
}
