using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using static Bot.Moderation.Tests.Commands.CommandHarness;

namespace Bot.Moderation.Tests.Commands;

public sealed class ModeratorCommandTests
{
    [Fact]
    public async Task Warn_ByModerator_DmsOpensCaseWithStrikeAndPostsModLog()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "be civil")));

        var dm = Assert.Single(harness.Rest.DirectMessages);
        Assert.Equal(Member, dm.User);
        Assert.Contains("News Club", dm.Message.Content, StringComparison.Ordinal);
        Assert.Contains("be civil", dm.Message.Content, StringComparison.Ordinal);
        var warned = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Warn, CaseSource.Moderator, CaseOutcome.Done, Moderator.Value, "be civil"),
            (warned.Action, warned.Source, warned.Outcome, warned.ActorId, warned.Note));
        Assert.Equal(warned.Id, Assert.Single(await harness.StrikesAsync()).CaseId);
        Assert.Contains(await harness.AuditAsync(), a => a.CaseId == warned.Id && a.Kind == "case.created" && a.ActorId == Moderator.Value);
        Assert.Equal(ModLogChannel, Assert.Single(harness.Rest.Sent).Channel);
        Assert.Equal(InteractionResponseKind.DeferredChannelMessage, harness.Rest.Responses.First().Kind);
        Assert.Contains("case #1", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warn_WithoutPermission_RefusedAndNothingWritten()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Member, "warn", User("user", Moderator), Text("reason", "x")));

        Assert.Contains("Moderate Members", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.True(harness.Rest.Replies.Single().Ephemeral);
        Assert.Empty(await harness.CasesAsync());
        Assert.Empty(harness.Rest.DirectMessages);
    }

    [Theory]
    [InlineData(3UL, "at or above yours")]       // the admin outranks the moderator
    [InlineData(6UL, "at or above yours")]       // a fellow moderator: same top role
    [InlineData(1UL, "owner")]
    [InlineData(2UL, "myself")]
    [InlineData(4UL, "yourself")]
    public async Task Warn_TargetNotBelowModerator_RefusedByHierarchy(ulong target, string expected)
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "warn", User("user", new UserId(target)), Text("reason", "x")));

        Assert.Contains(expected, harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(await harness.CasesAsync());
    }

    [Fact]
    public async Task Warn_GuildOwnerNotYetKnown_RefusedRatherThanRisked()
    {
        await using var harness = await CreateAsync();
        harness.Get<Bot.Moderation.Pipeline.GuildDirectory>().Apply(new GuildInfo(new GuildId(555), "Other", Owner, [], [], []));
        var elsewhere = harness.Slash(Moderator, "warn", User("user", Member), Text("reason", "x")) with { GuildId = new GuildId(556) };

        await harness.RunAsync(elsewhere);

        Assert.Contains("have not received this server's details", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(harness.Rest.DirectMessages);
    }

    [Fact]
    public async Task Timeout_TargetAboveTheBot_RefusedEvenForAnAdmin()
    {
        await using var harness = await CreateAsync();
        // The member now holds a role above the bot's (but below the admin's).
        var high = new RoleId(99);
        harness.Rest.Roles.Add(new RoleInfo(high, "Veteran", 25, DiscordPermissions.None));
        harness.Rest.Members[Member] = harness.MemberOf(Member) with { Roles = [high] };

        await harness.RunAsync(harness.Slash(Admin, "timeout", User("user", Member), Text("duration", "10m"), Text("reason", "x")));

        Assert.Contains("above mine", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(harness.Rest.Timeouts);
    }

    [Fact]
    public async Task Timeout_Valid_TimesOutThroughExecutorWithStrike()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "timeout", User("user", Member), Text("duration", "1h"), Text("reason", "heated")));

        var (user, until) = Assert.Single(harness.Rest.Timeouts);
        Assert.Equal(Member, user);
        Assert.Equal(Start.AddHours(1), until);
        var timedOut = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Timeout, CaseOutcome.Done, Start.AddHours(1)), (timedOut.Action, timedOut.Outcome, timedOut.ExpiresAt));
        Assert.Single(await harness.StrikesAsync());
        Assert.Equal(InteractionResponseKind.DeferredChannelMessage, harness.Rest.Responses.First().Kind);
        Assert.Contains("Timed out", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30d", "between 1m and 28d")]
    [InlineData("soon", "is not a duration")]
    public async Task Timeout_BadDuration_RefusedWithReason(string duration, string expected)
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "timeout", User("user", Member), Text("duration", duration), Text("reason", "x")));

        Assert.Contains(expected, harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(harness.Rest.Timeouts);
        Assert.Empty(await harness.CasesAsync());
    }

    [Fact]
    public async Task Timeout_DiscordRefuses_CaseRecordsFailureAndModeratorIsTold()
    {
        await using var harness = await CreateAsync();
        harness.Rest.TimeoutError = new DiscordError(DiscordErrorKind.Forbidden, "Missing Permissions", 50013);

        await harness.RunAsync(harness.Slash(Moderator, "timeout", User("user", Member), Text("duration", "10m"), Text("reason", "x")));

        Assert.Equal(CaseOutcome.Failed, Assert.Single(await harness.CasesAsync()).Outcome);
        Assert.Contains("refused", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untimeout_MemberNotTimedOut_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "untimeout", User("user", Member)));

        Assert.Contains("is not timed out", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(harness.Rest.RemovedTimeouts);
    }

    [Fact]
    public async Task Untimeout_TimedOutMember_LiftsAndOpensCase()
    {
        await using var harness = await CreateAsync();
        harness.Rest.Members[Member] = harness.MemberOf(Member) with { CommunicationDisabledUntil = Start.AddHours(1) };

        await harness.RunAsync(harness.Slash(Moderator, "untimeout", User("user", Member), Text("reason", "calmed down")));

        Assert.Equal(Member, Assert.Single(harness.Rest.RemovedTimeouts));
        Assert.Equal(CaseAction.RemoveTimeout, Assert.Single(await harness.CasesAsync()).Action);
    }

    [Fact]
    public async Task Purge_RecentAndOldMessages_BulkDeletesRecentSinglyDeletesOld()
    {
        await using var harness = await CreateAsync();
        var recent = Enumerable.Range(0, 3).Select(i => harness.Message(Member, $"recent {i}", Start.AddHours(-i - 1))).ToList();
        var old = harness.Message(Member, "old", Start.AddDays(-20));
        harness.Message(Moderator, "not theirs", Start.AddMinutes(-5));

        await harness.RunAsync(harness.Slash(Moderator, "purge", User("user", Member)));

        Assert.Equal(recent.Select(m => m.Id).OrderBy(i => i.Value), Assert.Single(harness.Rest.BulkDeletes).OrderBy(i => i.Value));
        Assert.Equal(old.Id, Assert.Single(harness.Rest.Deletes));
        var purge = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Purge, "4 deleted, 0 failed"), (purge.Action, purge.OutcomeDetail));
    }

    [Fact]
    public async Task Purge_CountOutOfRange_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "purge", User("user", Member), Opt("count", CommandOptionKind.Integer, 500)));

        Assert.Contains("between 1 and 100", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(harness.Rest.BulkDeletes);
    }

    [Fact]
    public async Task Purge_WithoutManageMessages_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Member, "purge", User("user", Moderator)));

        Assert.Contains("Manage Messages", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_ByModerator_RecordsWithoutStrikeOrDm()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "note", User("user", Member), Text("text", "keeps posting links")));

        var note = Assert.Single(await harness.CasesAsync());
        Assert.Equal((CaseAction.Note, CaseOutcome.Recorded, "keeps posting links"), (note.Action, note.Outcome, note.Note));
        Assert.Empty(await harness.StrikesAsync());
        Assert.Empty(harness.Rest.DirectMessages);
    }

    [Fact]
    public async Task Pardon_TimeoutCase_LiftsTimeoutPardonsStrikeKeepsAudit()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "timeout", User("user", Member), Text("duration", "1h"), Text("reason", "x")));

        await harness.RunAsync(harness.Slash(Moderator, "pardon", Opt("case", CommandOptionKind.Integer, 1), Text("reason", "misread")));

        Assert.Equal(Member, Assert.Single(harness.Rest.RemovedTimeouts));
        Assert.NotNull(Assert.Single(await harness.StrikesAsync()).PardonedAt);
        var pardoned = Assert.Single(await harness.CasesAsync());
        Assert.Equal(Moderator.Value, pardoned.RescindedBy);
        var audit = await harness.AuditAsync();
        Assert.Contains(audit, a => a.Kind == "case.created");
        Assert.Contains(audit, a => a.Kind == "case.undone" && a.ActorId == Moderator.Value);
        Assert.Contains("timeout lifted", harness.Rest.LastReply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pardon_UnknownOrAlreadyPardonedCase_Refused()
    {
        await using var harness = await CreateAsync();
        await harness.RunAsync(harness.Slash(Moderator, "pardon", Opt("case", CommandOptionKind.Integer, 99), Text("reason", "x")));
        Assert.Contains("no case #99", harness.Rest.LastReply, StringComparison.Ordinal);

        await harness.RunAsync(harness.Slash(Moderator, "note", User("user", Member), Text("text", "n")));
        await harness.RunAsync(harness.Slash(Moderator, "pardon", Opt("case", CommandOptionKind.Integer, 1), Text("reason", "x")));
        await harness.RunAsync(harness.Slash(Moderator, "pardon", Opt("case", CommandOptionKind.Integer, 1), Text("reason", "x")));

        Assert.Contains("already pardoned", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Single(await harness.AuditAsync(), a => a.Kind == "case.undone");
    }
}
