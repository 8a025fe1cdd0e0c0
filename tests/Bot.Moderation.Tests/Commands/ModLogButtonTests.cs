using Bot.Moderation.Cases;
using Bot.Sandbox.Model;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

public sealed class ModLogButtonTests(CommandFixture fixture) : IClassFixture<CommandFixture>
{
    private const string SelfRefusal = "You cannot use this on yourself.";
    private const string RankRefusal = "You cannot act on a member whose top role is at or above yours.";

    private readonly CommandHarness _harness = fixture.Harness;

    /// <summary>The admin times <paramref name="target"/> out for an hour: case #1, with a strike and a mod-log post.</summary>
    private static async Task<SandboxMessage> TimedOutByAdminAsync(CommandGuild guild, ulong target)
    {
        await guild.SlashAsync(guild.Admin, "timeout", User("user", target), Text("duration", "1h"), Text("reason", "x"));
        return Assert.Single(guild.ModLogMessages);
    }

    /// <summary>
    /// A member's insult is scored into case #1 with a strike (the only kind of case with Not uncivil), and the member is
    /// then made a moderator: the case is now about a peer of the moderators, or about the clicker themselves.
    /// </summary>
    private async Task<(ulong Newcomer, SandboxMessage Post)> PromotedAfterScoredCaseAsync(CommandGuild guild)
    {
        await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("add", Channel("channel", guild.General))));
        await guild.SlashAsync(guild.Admin, "config", Sub("mode", Text("mode", "enforce")));
        var newcomer = guild.Join("newcomer", guild.MemberRole);
        await guild.PostAsync(newcomer, "you moron");
        await _harness.WaitUntilAsync(() => guild.ModLogMessages.Count == 1);
        guild.Sandbox.SetMemberRoles(guild.Id, newcomer, guild.ModeratorRole);
        return (newcomer, guild.ModLogMessages[0]);
    }

    [Theory]
    [InlineData("Undo", "self", SelfRefusal)]
    [InlineData("Undo", "peer", RankRefusal)]
    [InlineData("Not uncivil", "self", SelfRefusal)]
    [InlineData("Not uncivil", "peer", RankRefusal)]
    public async Task PardoningButton_OnCaseAboutSelfOrPeer_RefusedLoggedAndNothingChanged(string button, string about, string expected)
    {
        var guild = await _harness.NewGuildAsync();
        var (subject, post) = button == "Undo"
            ? (guild.OtherModerator, await TimedOutByAdminAsync(guild, guild.OtherModerator))
            : await PromotedAfterScoredCaseAsync(guild);
        var clicker = about == "self" ? subject : guild.Moderator;
        var timeout = guild.Sandbox.GetTimeout(guild.Id, subject);

        var reply = await guild.ClickAsync(clicker, post, CommandReply.ButtonId(post.Components, button));

        Assert.Equal((CommandReply.Reply, true, expected), (reply.Type, reply.Ephemeral, reply.Text));
        Assert.Equal(timeout, guild.Sandbox.GetTimeout(guild.Id, subject));
        var untouched = Assert.Single(await guild.CasesAsync());
        Assert.Null(untouched.RescindedAt);
        Assert.Null(Assert.Single(await guild.StrikesAsync()).PardonedAt);
        var refusal = (await guild.AuditAsync())[^1];
        Assert.Equal((AuditKinds.ModLogRefused, clicker, untouched.Id), (refusal.Kind, refusal.ActorId, refusal.CaseId));
        Assert.Contains(expected, refusal.Detail, StringComparison.Ordinal);
        Assert.False(CommandReply.IsDisabled(Assert.Single(guild.ModLogMessages).Components, "Undo"));
    }

    [Fact]
    public async Task Undo_ByAdminOnModeratorsTimeout_LiftsItAndUpdatesThePost()
    {
        var guild = await _harness.NewGuildAsync();
        var post = await TimedOutByAdminAsync(guild, guild.Moderator);

        var reply = await guild.ClickAsync(guild.Admin, post, CommandReply.ButtonId(post.Components, "Undo"));

        Assert.Equal(CommandReply.Update, reply.Type);
        Assert.True(CommandReply.IsDisabled(reply.Components, "Undo"));
        Assert.Null(guild.Sandbox.GetTimeout(guild.Id, guild.Moderator));
        Assert.Equal(guild.Admin, Assert.Single(await guild.CasesAsync()).RescindedBy);
        Assert.NotNull(Assert.Single(await guild.StrikesAsync()).PardonedAt);
        Assert.DoesNotContain(await guild.AuditAsync(), a => a.Kind == AuditKinds.ModLogRefused);
    }

    [Fact]
    public async Task Undo_FromAStaleCopyOfAnUndoneCase_SaysAlreadyUndone_EvenToAModeratorWhoMayNotUndoIt()
    {
        var guild = await _harness.NewGuildAsync();
        var post = await TimedOutByAdminAsync(guild, guild.OtherModerator);
        await guild.ClickAsync(guild.Admin, post, CommandReply.ButtonId(post.Components, "Undo"));

        // `post` is the copy from before the undo, as a client that has not refreshed still shows it.
        var reply = await guild.ClickAsync(guild.Moderator, post, CommandReply.ButtonId(post.Components, "Undo"));

        Assert.Equal((CommandReply.Reply, true, "Case #1 is already undone."), (reply.Type, reply.Ephemeral, reply.Text));
        Assert.Equal(guild.Admin, Assert.Single(await guild.CasesAsync()).RescindedBy);
        Assert.DoesNotContain(await guild.AuditAsync(), a => a.Kind == AuditKinds.ModLogRefused);
    }

    [Fact]
    public async Task Confirm_OnCaseAboutSelf_AllowedAsItPardonsNothing()
    {
        var guild = await _harness.NewGuildAsync();
        var post = await TimedOutByAdminAsync(guild, guild.Moderator);

        var reply = await guild.ClickAsync(guild.Moderator, post, CommandReply.ButtonId(post.Components, "Confirm"));

        Assert.StartsWith("Case #1 confirmed", reply.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await guild.StrikesAsync()).PardonedAt);
        Assert.Contains(await guild.AuditAsync(), a => a.Kind == AuditKinds.CaseConfirmed && a.ActorId == guild.Moderator);
    }
}
