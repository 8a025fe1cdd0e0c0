using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Settings;
using static Bot.Moderation.Tests.Commands.CommandHarness;

namespace Bot.Moderation.Tests.Commands;

public sealed class ConfigCommandTests
{
    private static InteractionOption[] Threshold(string score, string level, object value) =>
        [Text("score", score), Text("level", level), Opt("value", CommandOptionKind.Number, value)];

    [Fact]
    public async Task Threshold_ByAdmin_ChangesAuditsAndRefreshesThePolicy()
    {
        await using var harness = await CreateAsync();
        var policies = harness.Get<IGuildPolicyCache>();
        Assert.Equal(0.6, (await policies.GetAsync(Guild, CancellationToken.None)).Incivility.Flag);

        await harness.RunAsync(harness.Slash(Admin, "config", Sub("threshold", Threshold("incivility", "flag", 0.5))));

        var entry = Assert.Single(await harness.AuditAsync());
        Assert.Equal(("config.threshold", Admin.Value, (long?)null, "incivility flag: 0.6 → 0.5"), (entry.Kind, entry.ActorId, entry.CaseId, entry.Detail));
        Assert.Equal(0.5, (await policies.GetAsync(Guild, CancellationToken.None)).Incivility.Flag);
    }

    [Fact]
    public async Task Threshold_ByModerator_RefusedNeedsManageServer()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "config", Sub("threshold", Threshold("incivility", "flag", 0.5))));

        Assert.Contains("Manage Server", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(await harness.AuditAsync());
    }

    [Theory]
    [InlineData("incivility", "flag", 1.5, "between 0 and 1")]
    [InlineData("incivility", "flag", 0.9, "must rise from flag to delete to timeout")]
    [InlineData("toxicity", "flag", 0.5, "is not a score")]
    [InlineData("repetition", "ban", 0.5, "is not a level")]
    [InlineData("incivility", "flag", 0.6, "already 0.6")]
    public async Task Threshold_Invalid_RefusedAndNothingAudited(string score, string level, double value, string expected)
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Admin, "config", Sub("threshold", Threshold(score, level, value))));

        Assert.Contains(expected, harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(await harness.AuditAsync());
    }

    [Fact]
    public async Task WatchExemptModlogMode_Changes_EachWriteAnAuditRow()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Admin, "config", Group("watch", Sub("add", Opt("channel", CommandOptionKind.Channel, 200)))));
        await harness.RunAsync(harness.Slash(Admin, "config", Group("exempt", Sub("add", Opt("role", CommandOptionKind.Role, 13)))));
        await harness.RunAsync(harness.Slash(Admin, "config", Sub("modlog", Opt("channel", CommandOptionKind.Channel, 401))));
        await harness.RunAsync(harness.Slash(Admin, "config", Sub("mode", Text("mode", "enforce"))));
        await harness.RunAsync(harness.Slash(Admin, "config", Group("watch", Sub("remove", Opt("channel", CommandOptionKind.Channel, 200)))));

        Assert.Equal(
            ["watch add 200", "exempt add Role 13", "modlog: 400 → 401", "mode: Shadow → Enforce", "watch remove 200"],
            (await harness.AuditAsync()).Select(a => a.Detail));
        var policy = await harness.Get<IGuildPolicyCache>().GetAsync(Guild, CancellationToken.None);
        Assert.Equal((ModerationMode.Enforce, new ChannelId(401)), (policy.Mode, policy.ModLogChannel));
        Assert.Contains(13UL, (IReadOnlySet<ulong>)policy.ExemptRoles);
        Assert.Empty(policy.WatchedChannels);
    }

    [Fact]
    public async Task Exempt_BothOrNeitherTarget_Refused()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Admin, "config", Group("exempt", Sub("add",
            Opt("role", CommandOptionKind.Role, 13), Opt("channel", CommandOptionKind.Channel, 200)))));
        Assert.Contains("exactly one", harness.Rest.LastReply, StringComparison.Ordinal);

        await harness.RunAsync(harness.Slash(Admin, "config", Group("watch", Sub("remove", Opt("channel", CommandOptionKind.Channel, 200)))));
        Assert.Contains("is not watched", harness.Rest.LastReply, StringComparison.Ordinal);
        Assert.Empty(await harness.AuditAsync());
    }

    [Fact]
    public async Task Ladder_SetRemoveReset_ValidatesAndAudits()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Admin, "config", Group("ladder", Sub("set", Opt("strike", CommandOptionKind.Integer, 1), Text("action", "Timeout")))));
        Assert.Contains("needs `minutes`", harness.Rest.LastReply, StringComparison.Ordinal);

        await harness.RunAsync(harness.Slash(Admin, "config", Group("ladder", Sub("set",
            Opt("strike", CommandOptionKind.Integer, 1), Text("action", "Timeout"), Opt("minutes", CommandOptionKind.Integer, 30), Opt("alert", CommandOptionKind.Boolean, "true")))));
        await harness.RunAsync(harness.Slash(Admin, "config", Group("ladder", Sub("set", Opt("strike", CommandOptionKind.Integer, 2), Text("action", "Kick")))));
        await harness.RunAsync(harness.Slash(Admin, "config", Group("ladder", Sub("remove", Opt("strike", CommandOptionKind.Integer, 2)))));
        await harness.RunAsync(harness.Slash(Admin, "config", Group("ladder", Sub("reset"))));

        Assert.Equal(
            ["ladder strike 1: none → Timeout 30m +alert", "ladder strike 2: none → Kick", "ladder strike 2: Kick → none", "ladder reset: 1: Timeout 30m +alert → the default ladder"],
            (await harness.AuditAsync()).Select(a => a.Detail));
        Assert.All(await harness.AuditAsync(), a => Assert.Equal("config.ladder", a.Kind));
    }

    [Fact]
    public async Task Show_ListsCurrentSettings()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Admin, "config", Sub("show")));

        var text = harness.Rest.LastReply;
        Assert.Contains("**Mode**: Shadow", text, StringComparison.Ordinal);
        Assert.Contains("<#400>", text, StringComparison.Ordinal);
        Assert.Contains("flag 0.60", text, StringComparison.Ordinal);
        Assert.Contains("the default (1: Warn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_LowerThreshold_CountsAndShowsNewlyCaughtExamplesWithoutChangingAnything()
    {
        await using var harness = await CreateAsync();
        await using (var db = harness.Database.CreateDbContext())
        {
            var scores = new[] { 0.1, 0.3, 0.55, 0.58, 0.65, 0.9 };
            db.ScoredMessages.AddRange(scores.Select((s, i) => new ScoredMessage
            {
                GuildId = Guild.Value, ChannelId = General.Value, MessageId = (ulong)(1000 + i), UserId = Member.Value,
                Incivility = s, Excerpt = $"message {s}", ScoredAt = Start.AddMinutes(-i),
            }));
            await db.SaveChangesAsync();
        }

        await harness.RunAsync(harness.Slash(Admin, "config", Sub("preview", Threshold("incivility", "flag", 0.5))));

        var text = harness.Rest.LastReply;
        Assert.Contains("last 6 scored messages", text, StringComparison.Ordinal);
        Assert.Contains("now 0.60 → 2 reach it; at 0.50 → 4 (+2)", text, StringComparison.Ordinal);
        Assert.Contains("message 0.58", text, StringComparison.Ordinal);
        Assert.Contains("message 0.55", text, StringComparison.Ordinal);
        Assert.Empty(await harness.AuditAsync());
    }
}
