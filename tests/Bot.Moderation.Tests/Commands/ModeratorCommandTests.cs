using System.Globalization;
using Bot.Data.Entities;
using Bot.Sandbox;
using Bot.Sandbox.Model;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

public sealed class ModeratorCommandTests(CommandFixture fixture) : IClassFixture<CommandFixture>
{
    private readonly CommandHarness _harness = fixture.Harness;

    /// <summary>Each moderator command with valid options against <paramref name="target"/>.</summary>
    private static SandboxCommandOption[] OptionsOf(string command, ulong target) => command switch
    {
        "warn" => [User("user", target), Text("reason", "x")],
        "timeout" => [User("user", target), Text("duration", "10m"), Text("reason", "x")],
        "untimeout" => [User("user", target)],
        "purge" => [User("user", target)],
        "note" => [User("user", target), Text("text", "x")],
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    [Fact]
    public async Task Warn_ByModerator_DmsOpensCaseWithStrikeAndPostsModLog()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "be civil"));

        var dm = Assert.Single(guild.DirectMessages(guild.Member));
        Assert.Contains("News Club", dm.Content, StringComparison.Ordinal);
        Assert.Contains("be civil", dm.Content, StringComparison.Ordinal);
        var warned = Assert.Single(await guild.CasesAsync());
        Assert.Equal((CaseAction.Warn, CaseSource.Moderator, CaseOutcome.Done, guild.Moderator, guild.Member, "be civil"),
            (warned.Action, warned.Source, warned.Outcome, warned.ActorId, warned.UserId, warned.Note));
        Assert.Equal(warned.Id, Assert.Single(await guild.StrikesAsync()).CaseId);
        Assert.Contains(await guild.AuditAsync(), a => a.CaseId == warned.Id && a.Kind == "case.created" && a.ActorId == guild.Moderator);
        Assert.Contains("#1", Assert.Single(guild.ModLogMessages).Embeds[0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(CommandReply.Deferred, reply.Type);
        Assert.True(reply.Ephemeral);
        Assert.Contains("case #1", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warn", "Moderate Members")]
    [InlineData("timeout", "Moderate Members")]
    [InlineData("untimeout", "Moderate Members")]
    [InlineData("purge", "Manage Messages")]
    [InlineData("note", "Manage Messages or Moderate Members")]
    public async Task ModeratorCommand_ByMember_RefusedOnOurSideAndNothingDone(string command, string permission)
    {
        var guild = await _harness.NewGuildAsync();
        var target = guild.Join("bystander");
        await guild.PostAsync(target, "hello");

        // The sandbox, like a server whose admins lifted the command's default permissions, lets the member invoke it.
        var reply = await guild.SlashAsync(guild.Member, command, OptionsOf(command, target));

        Assert.Equal(CommandReply.Reply, reply.Type);
        Assert.True(reply.Ephemeral);
        Assert.Equal($"You need the {permission} permission to do this.", reply.Text);
        Assert.Empty(await guild.CasesAsync());
        Assert.Empty(guild.DirectMessages(target));
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, target));
        Assert.DoesNotContain(guild.Sandbox.GetMessages(guild.General), m => m.Deleted);
    }

    [Theory]
    [InlineData("admin", "at or above yours")]
    [InlineData("other moderator", "at or above yours")] // same top role
    [InlineData("owner", "owner")]
    [InlineData("bot", "myself")]
    [InlineData("self", "yourself")]
    public async Task Warn_TargetNotBelowModerator_RefusedByHierarchy(string who, string expected)
    {
        var guild = await _harness.NewGuildAsync();
        var target = who switch
        {
            "admin" => guild.Admin,
            "other moderator" => guild.OtherModerator,
            "owner" => guild.Owner,
            "bot" => guild.Bot,
            _ => guild.Moderator,
        };

        var reply = await guild.SlashAsync(guild.Moderator, "warn", User("user", target), Text("reason", "x"));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.CasesAsync());
        Assert.Empty(guild.DirectMessages(target));
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("untimeout")]
    [InlineData("purge")]
    [InlineData("note")]
    public async Task ModeratorCommand_OnAFellowModerator_RefusedByHierarchy(string command)
    {
        var guild = await _harness.NewGuildAsync();
        // Timed out by the admin first, so /untimeout reaches the hierarchy check rather than "is not timed out".
        await guild.SlashAsync(guild.Admin, "timeout", User("user", guild.OtherModerator), Text("duration", "1h"), Text("reason", "x"));
        var posted = await guild.PostAsync(guild.OtherModerator, "my message");
        var before = (await guild.CasesAsync()).Count;

        var reply = await guild.SlashAsync(guild.Moderator, command, OptionsOf(command, guild.OtherModerator));

        Assert.Equal("You cannot act on a member whose top role is at or above yours.", reply.Text);
        Assert.Equal(before, (await guild.CasesAsync()).Count);
        Assert.NotNull(guild.Sandbox.GetTimeout(guild.Id, guild.OtherModerator));
        Assert.False(guild.Sandbox.IsDeleted(posted.Id));
    }

    [Fact]
    public async Task Timeout_TargetAboveTheBot_RefusedEvenForAnAdmin()
    {
        var guild = await _harness.NewGuildAsync();
        // The member now holds a role above the bot's (but below the admin's).
        var veteran = guild.Sandbox.CreateRole(guild.Id, "Veteran", 25, 0);
        guild.Sandbox.SetMemberRoles(guild.Id, guild.Member, veteran.Id);

        var reply = await guild.SlashAsync(guild.Admin, "timeout", User("user", guild.Member), Text("duration", "10m"), Text("reason", "x"));

        Assert.Contains("above mine", reply.Text, StringComparison.Ordinal);
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Timeout_Valid_TimesOutThroughExecutorWithStrike()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", "1h"), Text("reason", "heated"));

        var until = _harness.Time.GetUtcNow().AddHours(1);
        Assert.Equal(until, guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        var timedOut = Assert.Single(await guild.CasesAsync());
        Assert.Equal((CaseAction.Timeout, CaseOutcome.Done, until, "heated"), (timedOut.Action, timedOut.Outcome, timedOut.ExpiresAt, timedOut.Note));
        Assert.Single(await guild.StrikesAsync());
        Assert.Contains(guild.Sandbox.GetAuditLog(guild.Id), e => e.UserId == guild.Bot && e.TargetId == guild.Member);
        Assert.Equal(CommandReply.Deferred, reply.Type);
        Assert.StartsWith("Timed out", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30d", "between 1m and 28d")]
    [InlineData("30s", "between 1m and 28d")]
    [InlineData("soon", "is not a duration")]
    public async Task Timeout_BadDuration_RefusedWithReason(string duration, string expected)
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", duration), Text("reason", "x"));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Timeout_DiscordRefuses_CaseRecordsFailureAndModeratorIsTold()
    {
        var guild = await _harness.NewGuildAsync();
        guild.Sandbox.SetBotPermissions(guild.Id, SandboxPermissions.DefaultBot & ~SandboxPermissions.ModerateMembers);

        var reply = await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", "10m"), Text("reason", "x"));

        Assert.Equal(CaseOutcome.Failed, Assert.Single(await guild.CasesAsync()).Outcome);
        Assert.Contains("refused", reply.Text, StringComparison.Ordinal);
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
    }

    [Fact]
    public async Task Untimeout_MemberNotTimedOut_Refused()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "untimeout", User("user", guild.Member));

        Assert.Contains("is not timed out", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Untimeout_TimedOutMember_LiftsAndOpensCase()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", "1h"), Text("reason", "heated"));

        var reply = await guild.SlashAsync(guild.Moderator, "untimeout", User("user", guild.Member), Text("reason", "calmed down"));

        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        var lifted = (await guild.CasesAsync())[^1];
        Assert.Equal((CaseAction.RemoveTimeout, CaseOutcome.Done, "calmed down"), (lifted.Action, lifted.Outcome, lifted.Note));
        Assert.Contains($"case #{lifted.Number}", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_RecentAndOldMessages_BulkDeletesRecentSinglyDeletesOld()
    {
        var guild = await _harness.NewGuildAsync();
        var old = await guild.PostAsync(guild.Member, "old");
        _harness.Time.Advance(TimeSpan.FromDays(15));
        var recent = new List<SandboxMessage>();
        for (var i = 0; i < 3; i++)
        {
            recent.Add(await guild.PostAsync(guild.Member, $"recent {i}"));
        }

        var theirs = await guild.PostAsync(guild.Moderator, "not theirs");

        var reply = await guild.SlashAsync(guild.Moderator, "purge", User("user", guild.Member));

        Assert.All(recent.Append(old), m => Assert.True(guild.Sandbox.IsDeleted(m.Id)));
        Assert.False(guild.Sandbox.IsDeleted(theirs.Id));
        var bulk = Assert.Single(guild.Sandbox.Requests, r => r.Route.EndsWith("/bulk-delete", StringComparison.Ordinal) && r.Path.Contains(Id(guild.General), StringComparison.Ordinal));
        Assert.All(recent, m => Assert.Contains(Id(m.Id), bulk.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(Id(old.Id), bulk.Body, StringComparison.Ordinal);
        Assert.Single(guild.Sandbox.Requests, r => r.Method == "DELETE" && r.Path.EndsWith("/messages/" + Id(old.Id), StringComparison.Ordinal));
        var purge = Assert.Single(await guild.CasesAsync());
        Assert.Equal((CaseAction.Purge, "4 deleted, 0 failed"), (purge.Action, purge.OutcomeDetail));
        Assert.Contains("Deleted 4 message(s)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_CountAndChannel_DeletesOnlyTheNewestThereAndSaysSo()
    {
        var guild = await _harness.NewGuildAsync();
        var offTopic = guild.Sandbox.CreateTextChannel(guild.Id, "off-topic").Id;
        var here = await guild.PostAsync(guild.Member, "in general");
        var there = new List<SandboxMessage>();
        for (var i = 0; i < 3; i++)
        {
            there.Add(await guild.PostAsync(guild.Member, $"off topic {i}", offTopic));
        }

        var reply = await guild.SlashAsync(guild.Moderator, "purge", User("user", guild.Member), Whole("count", 2), Channel("channel", offTopic));

        Assert.Equal([false, true, true], there.Select(m => guild.Sandbox.IsDeleted(m.Id)));
        Assert.False(guild.Sandbox.IsDeleted(here.Id));
        var purge = Assert.Single(await guild.CasesAsync());
        Assert.Equal(offTopic, purge.ChannelId);
        Assert.Equal("2 deleted, 0 failed", purge.OutcomeDetail);
        Assert.Contains($"Deleted 2 message(s) from <@{guild.Member}> in <#{offTopic}>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_ChannelOfAnotherServer_RefusedAndNothingDeleted()
    {
        var guild = await _harness.NewGuildAsync();
        var other = await _harness.NewGuildAsync();
        other.Sandbox.AddMember(other.Id, guild.Member, []);
        var elsewhere = await other.PostAsync(guild.Member, "posted in the other server");

        var reply = await guild.SlashAsync(guild.Moderator, "purge", User("user", guild.Member), Channel("channel", other.General));

        Assert.Contains($"<#{other.General}> is not a channel of this server", reply.Text, StringComparison.Ordinal);
        Assert.False(guild.Sandbox.IsDeleted(elsewhere.Id));
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Purge_NoMessagesFromTheMember_SaysSoWithoutCase()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.PostAsync(guild.Moderator, "only mine");

        var reply = await guild.SlashAsync(guild.Moderator, "purge", User("user", guild.Member));

        Assert.StartsWith($"No messages from <@{guild.Member}>", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.CasesAsync());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(0)]
    public async Task Purge_CountOutOfRange_Refused(long count)
    {
        var guild = await _harness.NewGuildAsync();
        var posted = await guild.PostAsync(guild.Member, "hello");

        var reply = await guild.SlashAsync(guild.Moderator, "purge", User("user", guild.Member), Whole("count", count));

        Assert.Contains("between 1 and 100", reply.Text, StringComparison.Ordinal);
        Assert.False(guild.Sandbox.IsDeleted(posted.Id));
        Assert.Empty(await guild.CasesAsync());
    }

    [Fact]
    public async Task Note_ByModerator_RecordsWithoutStrikeOrDm()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "keeps posting links"));

        var note = Assert.Single(await guild.CasesAsync());
        Assert.Equal((CaseAction.Note, CaseOutcome.Recorded, "keeps posting links"), (note.Action, note.Outcome, note.Note));
        Assert.Empty(await guild.StrikesAsync());
        Assert.Empty(guild.DirectMessages(guild.Member));
        Assert.Contains("case #1", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pardon_TimeoutCase_LiftsTimeoutPardonsStrikeKeepsAudit()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "timeout", User("user", guild.Member), Text("duration", "1h"), Text("reason", "x"));

        var reply = await guild.SlashAsync(guild.Moderator, "pardon", Whole("case", 1), Text("reason", "misread"));

        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Member));
        Assert.NotNull(Assert.Single(await guild.StrikesAsync()).PardonedAt);
        var pardoned = Assert.Single(await guild.CasesAsync());
        Assert.Equal(guild.Moderator, pardoned.RescindedBy);
        var audit = await guild.AuditAsync();
        Assert.Contains(audit, a => a.Kind == "case.created");
        Assert.Contains(audit, a => a.Kind == "case.undone" && a.ActorId == guild.Moderator);
        Assert.Contains("timeout lifted", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pardon_UnknownOrAlreadyPardonedCase_Refused()
    {
        var guild = await _harness.NewGuildAsync();
        Assert.Contains("no case #99", (await guild.SlashAsync(guild.Moderator, "pardon", Whole("case", 99), Text("reason", "x"))).Text, StringComparison.Ordinal);

        await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "n"));
        await guild.SlashAsync(guild.Moderator, "pardon", Whole("case", 1), Text("reason", "x"));
        var again = await guild.SlashAsync(guild.Moderator, "pardon", Whole("case", 1), Text("reason", "x"));

        Assert.Contains("already pardoned", again.Text, StringComparison.Ordinal);
        Assert.Single(await guild.AuditAsync(), a => a.Kind == "case.undone");
    }

    [Theory]
    [InlineData("self", "You cannot use this on yourself.")]
    [InlineData("other moderator", "You cannot act on a member whose top role is at or above yours.")]
    public async Task Pardon_CaseAboutModeratorOrPeer_RefusedByHierarchy(string about, string expected)
    {
        var guild = await _harness.NewGuildAsync();
        var target = about == "self" ? guild.Moderator : guild.OtherModerator;
        await guild.SlashAsync(guild.Admin, "timeout", User("user", target), Text("duration", "1h"), Text("reason", "x"));

        var reply = await guild.SlashAsync(guild.Moderator, "pardon", Whole("case", 1), Text("reason", "not me"));

        Assert.Equal(expected, reply.Text);
        Assert.Null(Assert.Single(await guild.CasesAsync()).RescindedAt);
        Assert.Null(Assert.Single(await guild.StrikesAsync()).PardonedAt);
        Assert.NotNull(guild.Sandbox.GetTimeout(guild.Id, target));
    }

    [Fact]
    public async Task Pardon_WarnOfMemberAboveTheBot_AllowedForAnAdmin()
    {
        var guild = await _harness.NewGuildAsync();
        var veteran = guild.Sandbox.CreateRole(guild.Id, "Veteran", 25, 0);
        await guild.SlashAsync(guild.Admin, "note", User("user", guild.Member), Text("text", "n"));
        // Now above the bot: the bot could not act on them, but a pardon asks nothing of Discord about them.
        guild.Sandbox.SetMemberRoles(guild.Id, guild.Member, veteran.Id);

        var reply = await guild.SlashAsync(guild.Admin, "pardon", Whole("case", 1), Text("reason", "fine"));

        Assert.StartsWith("Case #1 pardoned", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await guild.CasesAsync()).RescindedAt);
    }

    [Fact]
    public async Task Pardon_ByMember_Refused()
    {
        var guild = await _harness.NewGuildAsync();
        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));

        var reply = await guild.SlashAsync(guild.Member, "pardon", Whole("case", 1), Text("reason", "mine"));

        Assert.Contains("Manage Messages or Moderate Members", reply.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await guild.CasesAsync()).RescindedAt);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
