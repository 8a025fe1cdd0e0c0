using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Policy;
using Bot.Moderation.Settings;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;

namespace Bot.Moderation.Tests.Policy;

public sealed class ModerationPolicyTests
{
    private static readonly GuildPolicy Defaults = GuildPolicy.FromSettings(new GuildSettings { GuildId = 1, Mode = ModerationMode.Enforce });

    private static MessageScores Scores(double incivility, double repetition = 0) =>
        new(new IncivilityResult(incivility, ["insult"], ["idiot"]), new RepetitionResult(repetition, ["duplicate"], []));

    [Theory]
    [InlineData(0.1, 0.0, Severity.None)]
    [InlineData(0.6, 0.0, Severity.Flag)]
    [InlineData(0.85, 0.0, Severity.Delete)]
    [InlineData(0.95, 0.0, Severity.Timeout)]
    [InlineData(0.0, 0.5, Severity.Flag)]
    [InlineData(0.0, 0.8, Severity.Delete)]
    [InlineData(0.61, 0.96, Severity.Timeout)]
    public void Decide_ScoreAgainstDefaultThresholds_PicksStrongerSeverity(double incivility, double repetition, Severity expected)
    {
        var decision = ModerationPolicy.Decide(Defaults, Scores(incivility, repetition), 0);

        Assert.Equal(expected, decision.Severity);
    }

    [Fact]
    public void Decide_FlagOnly_RecordsWithoutStrikeOrDelete()
    {
        var decision = ModerationPolicy.Decide(Defaults, Scores(0.7), 5);

        Assert.Equal(CaseAction.Flag, decision.Action);
        Assert.False(decision.DeleteMessage);
        Assert.False(decision.IsStrike);
        Assert.Contains(decision.Reasons, r => r.StartsWith("incivility 0.70", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_DefaultLadder_WarnsThenTenMinutesThenOneHourWithAlert()
    {
        var first = ModerationPolicy.Decide(Defaults, Scores(0.9), 0);
        var second = ModerationPolicy.Decide(Defaults, Scores(0.9), 1);
        var third = ModerationPolicy.Decide(Defaults, Scores(0.9), 2);
        var tenth = ModerationPolicy.Decide(Defaults, Scores(0.9), 9);

        Assert.Equal((CaseAction.Warn, true, true, null, false, 1), (first.Action, first.DeleteMessage, first.WarnByDirectMessage, first.Timeout, first.AlertModerators, first.StrikeNumber));
        Assert.Equal((CaseAction.Timeout, TimeSpan.FromMinutes(10), false), (second.Action, second.Timeout, second.AlertModerators));
        Assert.Equal((CaseAction.Timeout, TimeSpan.FromHours(1), true), (third.Action, third.Timeout, third.AlertModerators));
        Assert.Equal((CaseAction.Timeout, TimeSpan.FromHours(1), 10), (tenth.Action, tenth.Timeout, tenth.StrikeNumber));
    }

    [Fact]
    public void Decide_TimeoutSeverityOnFirstStrike_TimesOutForGuildTimeout()
    {
        var policy = GuildPolicy.FromSettings(new GuildSettings { GuildId = 1, TimeoutMinutes = 30 });

        var decision = ModerationPolicy.Decide(policy, Scores(0.99), 0);

        Assert.Equal(CaseAction.Timeout, decision.Action);
        Assert.Equal(TimeSpan.FromMinutes(30), decision.Timeout);
        Assert.True(decision.DeleteMessage);
        Assert.False(decision.WarnByDirectMessage);
    }

    [Fact]
    public void Decide_TimeoutSeverityOnLongerLadderTimeout_KeepsLongerTimeout()
    {
        var decision = ModerationPolicy.Decide(Defaults, Scores(0.99), 2);

        Assert.Equal(TimeSpan.FromHours(1), decision.Timeout);
    }

    [Fact]
    public void Decide_CustomLadderStartingWithFlag_RecordsStrikeWithoutDeleting()
    {
        var policy = GuildPolicy.FromSettings(new GuildSettings
        {
            GuildId = 1,
            Ladder =
            [
                new LadderStep { GuildId = 1, Strike = 3, Action = CaseAction.Ban, AlertModerators = true },
                new LadderStep { GuildId = 1, Strike = 1, Action = CaseAction.Flag },
            ],
        });

        var first = ModerationPolicy.Decide(policy, Scores(0.9), 0);
        var second = ModerationPolicy.Decide(policy, Scores(0.9), 1);
        var third = ModerationPolicy.Decide(policy, Scores(0.99), 2);

        Assert.Equal((CaseAction.Flag, false, 1), (first.Action, first.DeleteMessage, first.StrikeNumber));
        Assert.Equal(CaseAction.Flag, second.Action);
        Assert.Equal((CaseAction.Ban, true, true), (third.Action, third.DeleteMessage, third.AlertModerators));
    }

    [Fact]
    public void Exemptions_EachKind_IsReported()
    {
        var guild = new GuildId(1);
        var policy = GuildPolicy.FromSettings(new GuildSettings
        {
            GuildId = 1,
            Exemptions =
            [
                new Exemption { GuildId = 1, Kind = ExemptionKind.User, TargetId = 7 },
                new Exemption { GuildId = 1, Kind = ExemptionKind.Role, TargetId = 8 },
                new Exemption { GuildId = 1, Kind = ExemptionKind.Channel, TargetId = 9 },
            ],
        });
        var directory = new Bot.Moderation.Pipeline.GuildDirectory();
        directory.Apply(new GuildInfo(guild, "g", new UserId(99), [new RoleInfo(new RoleId(5), "mods", 1, DiscordPermissions.ManageMessages)], [], []));
        Bot.Moderation.Pipeline.MessageCandidate Candidate(ulong user, ulong channel = 2, bool bot = false, params ulong[] roles) =>
            new(guild, new ChannelId(channel), new MessageId(3), new DiscordUser(new UserId(user), "u", null, bot),
                [.. roles.Select(r => new RoleId(r))], "x", default, false, false, 0);

        Assert.Equal("the bot itself", Exemptions.Check(policy, Candidate(1, bot: true), null, new UserId(1), directory));
        Assert.Equal("other bots are exempt", Exemptions.Check(policy, Candidate(2, bot: true), null, new UserId(1), directory));
        Assert.Equal("exempt user", Exemptions.Check(policy, Candidate(7), null, null, directory));
        Assert.Equal("exempt role", Exemptions.Check(policy, Candidate(6, 2, false, 8), null, null, directory));
        Assert.Equal("exempt channel", Exemptions.Check(policy, Candidate(6, 9), null, null, directory));
        Assert.Equal("exempt channel", Exemptions.Check(policy, Candidate(6, 10), new ChannelId(9), null, directory));
        Assert.Equal("member can manage messages", Exemptions.Check(policy, Candidate(6, 2, false, 5), null, null, directory));
        Assert.Equal("member can manage messages", Exemptions.Check(policy, Candidate(99), null, null, directory));
        Assert.Null(Exemptions.Check(policy, Candidate(6), null, null, directory));
        Assert.Null(Exemptions.Check(policy with { ExemptOtherBots = false }, Candidate(2, bot: true), null, new UserId(1), directory));
    }
}
