using System.Globalization;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Settings;
using Bot.Sandbox.Model;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

public sealed class ConfigCommandTests(CommandFixture fixture) : IClassFixture<CommandFixture>
{
    private readonly CommandHarness _harness = fixture.Harness;

    private static SandboxCommandOption[] Threshold(string score, string level, double value) =>
        [Text("score", score), Text("level", level), Number("value", value)];

    [Fact]
    public async Task Threshold_ByAdmin_ChangesAuditsAndRefreshesThePolicy()
    {
        var guild = await _harness.NewGuildAsync();
        var policies = _harness.Get<IGuildPolicyCache>();
        Assert.Equal(0.6, (await policies.GetAsync(new GuildId(guild.Id), CancellationToken.None)).Incivility.Flag);

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("threshold", Threshold("incivility", "flag", 0.5)));

        var entry = Assert.Single(await guild.AuditAsync());
        Assert.Equal(("config.threshold", guild.Admin, (long?)null, "incivility flag: 0.6 → 0.5"), (entry.Kind, entry.ActorId, entry.CaseId, entry.Detail));
        Assert.Equal(0.5, (await policies.GetAsync(new GuildId(guild.Id), CancellationToken.None)).Incivility.Flag);
        Assert.True(reply.Ephemeral);
        Assert.Equal("Changed incivility flag: 0.6 → 0.5.", reply.Text);
    }

    [Theory]
    [InlineData("threshold")]
    [InlineData("show")]
    [InlineData("preview")]
    [InlineData("mode")]
    [InlineData("modlog")]
    public async Task Config_ByModerator_RefusedNeedsManageServer(string subcommand)
    {
        var guild = await _harness.NewGuildAsync();
        SandboxCommandOption[] options = subcommand switch
        {
            "threshold" or "preview" => Threshold("incivility", "flag", 0.5),
            "mode" => [Text("mode", "enforce")],
            "modlog" => [Channel("channel", guild.General)],
            _ => [],
        };

        var reply = await guild.SlashAsync(guild.Moderator, "config", Sub(subcommand, options));

        Assert.Equal("You need the Manage Server permission to do this.", reply.Text);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await guild.AuditAsync());
    }

    [Theory]
    [InlineData("incivility", "flag", 1.5, "between 0 and 1")]
    [InlineData("incivility", "flag", -0.1, "between 0 and 1")]
    [InlineData("incivility", "flag", 0.9, "must rise from flag to delete to timeout")]
    [InlineData("toxicity", "flag", 0.5, "is not a score")]
    [InlineData("repetition", "ban", 0.5, "is not a level")]
    [InlineData("incivility", "flag", 0.6, "already 0.6")]
    public async Task Threshold_Invalid_RefusedAndNothingAudited(string score, string level, double value, string expected)
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("threshold", Threshold(score, level, value)));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await guild.AuditAsync());
    }

    [Fact]
    public async Task WatchExemptModlogMode_Changes_EachWriteAnAuditRow()
    {
        var guild = await _harness.NewGuildAsync();
        var newLog = guild.Sandbox.CreateTextChannel(guild.Id, "new-mod-log").Id;

        await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("add", Channel("channel", guild.General))));
        await guild.SlashAsync(guild.Admin, "config", Group("exempt", Sub("add", Role("role", guild.MemberRole))));
        await guild.SlashAsync(guild.Admin, "config", Sub("modlog", Channel("channel", newLog)));
        await guild.SlashAsync(guild.Admin, "config", Sub("mode", Text("mode", "enforce")));
        await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("remove", Channel("channel", guild.General))));

        var audit = await guild.AuditAsync();
        Assert.Equal(
            [$"watch add {guild.General}", $"exempt add Role {guild.MemberRole}", $"modlog: {guild.ModLog} → {newLog}", "mode: Shadow → Enforce", $"watch remove {guild.General}"],
            audit.Select(a => a.Detail));
        Assert.Equal(["config.watch", "config.exempt", "config.modlog", "config.mode", "config.watch"], audit.Select(a => a.Kind));
        Assert.All(audit, a => Assert.Equal((guild.Admin, (long?)null), (a.ActorId, a.CaseId)));
        var policy = await _harness.Get<IGuildPolicyCache>().GetAsync(new GuildId(guild.Id), CancellationToken.None);
        Assert.Equal((ModerationMode.Enforce, new ChannelId(newLog)), (policy.Mode, policy.ModLogChannel));
        Assert.Contains(guild.MemberRole, (IReadOnlySet<ulong>)policy.ExemptRoles);
        Assert.Empty(policy.WatchedChannels);
    }

    [Fact]
    public async Task Exempt_BothOrNeitherTarget_AndUnwatchedChannel_Refused()
    {
        var guild = await _harness.NewGuildAsync();

        var both = await guild.SlashAsync(guild.Admin, "config", Group("exempt", Sub("add", Role("role", guild.MemberRole), Channel("channel", guild.General))));
        var neither = await guild.SlashAsync(guild.Admin, "config", Group("exempt", Sub("remove")));
        var unwatched = await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("remove", Channel("channel", guild.General))));

        Assert.Contains("exactly one", both.Text, StringComparison.Ordinal);
        Assert.Contains("exactly one", neither.Text, StringComparison.Ordinal);
        Assert.Contains("is not watched", unwatched.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.AuditAsync());
    }

    [Fact]
    public async Task ChannelOfAnotherServer_RefusedForModlogWatchAndExempt_ButMayBeUnwatched()
    {
        var guild = await _harness.NewGuildAsync();
        var other = await _harness.NewGuildAsync();

        SandboxCommandOption[][] refused =
        [
            [Sub("modlog", Channel("channel", other.General))],
            [Group("watch", Sub("add", Channel("channel", other.General)))],
            [Group("exempt", Sub("add", Channel("channel", other.General)))],
        ];
        foreach (var options in refused)
        {
            var reply = await guild.SlashAsync(guild.Admin, "config", options);
            Assert.Contains($"<#{other.General}> is not a channel of this server", reply.Text, StringComparison.Ordinal);
        }

        Assert.Empty(await guild.AuditAsync());
        // A removal is not checked: a channel that was deleted (or never reported) must still be removable.
        var unwatch = await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("remove", Channel("channel", other.General))));
        Assert.Contains("is not watched", unwatch.Text, StringComparison.Ordinal);
        var own = await guild.SlashAsync(guild.Admin, "config", Group("watch", Sub("add", Channel("channel", guild.General))));
        Assert.StartsWith("Changed", own.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mode_Unknown_Refused()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("mode", Text("mode", "chaos")));

        Assert.Contains("`chaos` is not a mode", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.AuditAsync());
    }

    [Fact]
    public async Task Ladder_SetRemoveReset_ValidatesAndAudits()
    {
        var guild = await _harness.NewGuildAsync();

        var incomplete = await guild.SlashAsync(guild.Admin, "config", Group("ladder", Sub("set", Whole("strike", 1), Text("action", "Timeout"))));
        Assert.Contains("needs `minutes`", incomplete.Text, StringComparison.Ordinal);

        await guild.SlashAsync(guild.Admin, "config", Group("ladder", Sub("set", Whole("strike", 1), Text("action", "Timeout"), Whole("minutes", 30), Flag("alert", true))));
        await guild.SlashAsync(guild.Admin, "config", Group("ladder", Sub("set", Whole("strike", 2), Text("action", "Kick"))));
        await guild.SlashAsync(guild.Admin, "config", Group("ladder", Sub("remove", Whole("strike", 2))));
        await guild.SlashAsync(guild.Admin, "config", Group("ladder", Sub("reset")));

        Assert.Equal(
            ["ladder strike 1: none → Timeout 30m +alert", "ladder strike 2: none → Kick", "ladder strike 2: Kick → none", "ladder reset: 1: Timeout 30m +alert → the default ladder"],
            (await guild.AuditAsync()).Select(a => a.Detail));
        Assert.All(await guild.AuditAsync(), a => Assert.Equal("config.ladder", a.Kind));
    }

    [Fact]
    public async Task Show_ListsCurrentSettings()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("show"));

        Assert.True(reply.Ephemeral);
        Assert.Contains("**Mode**: Shadow", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"<#{guild.ModLog}>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("flag 0.60", reply.Text, StringComparison.Ordinal);
        Assert.Contains("the default (1: Warn", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_LowerThreshold_CountsAndShowsNewlyCaughtExamplesWithoutChangingAnything()
    {
        var guild = await _harness.NewGuildAsync();
        await using (var db = _harness.Database.CreateDbContext())
        {
            var now = _harness.Time.GetUtcNow();
            var scores = new[] { 0.1, 0.3, 0.55, 0.58, 0.65, 0.9 };
            db.ScoredMessages.AddRange(scores.Select((s, i) => new ScoredMessage
            {
                GuildId = guild.Id, ChannelId = guild.General, MessageId = (ulong)(1000 + i), UserId = guild.Member,
                Incivility = s, Excerpt = string.Create(CultureInfo.InvariantCulture, $"message {s}"), ScoredAt = now.AddMinutes(-i),
            }));
            await db.SaveChangesAsync();
        }

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("preview", Threshold("incivility", "flag", 0.5)));

        Assert.True(reply.Ephemeral);
        Assert.Contains("last 6 scored messages", reply.Text, StringComparison.Ordinal);
        Assert.Contains("now 0.60 → 2 reach it; at 0.50 → 4 (+2)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("message 0.58", reply.Text, StringComparison.Ordinal);
        Assert.Contains("message 0.55", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await guild.AuditAsync());
        Assert.Equal(0.6, (await _harness.Get<IGuildPolicyCache>().GetAsync(new GuildId(guild.Id), CancellationToken.None)).Incivility.Flag);
    }

    [Fact]
    public async Task Preview_ThresholdOutOfRange_Refused()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Admin, "config", Sub("preview", Threshold("incivility", "flag", 2)));

        Assert.Contains("between 0 and 1", reply.Text, StringComparison.Ordinal);
    }
}
