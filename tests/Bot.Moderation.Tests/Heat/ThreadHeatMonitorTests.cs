using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Heat;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Tests.Support;

namespace Bot.Moderation.Tests.Heat;

public sealed class ThreadHeatMonitorTests
{
    private static void HeatOptions(ModerationOptions options)
    {
        options.HeatFlaggedMessages = 3;
        options.HeatWindowSeconds = 60;
        options.HeatCalmSeconds = 120;
        options.HeatSlowmodeSeconds = 30;
    }

    [Fact]
    public async Task FlaggedBurstInThread_SlowmodeOnThenLiftedWhenCalm()
    {
        await using var harness = await ModerationHarness.CreateAsync(options: HeatOptions);
        var moderator = harness.Get<MessageModerator>();
        var monitor = harness.Get<ThreadHeatMonitor>();

        for (var i = 0; i < 3; i++)
        {
            await moderator.HandleAsync(new MessageCreated(harness.Message($"silly take {i}", ModerationHarness.Thread, new UserId(500 + (ulong)i))), CancellationToken.None);
        }

        Assert.True(monitor.IsHot(ModerationHarness.Thread));
        var on = Assert.Single(harness.Rest.CallsOf(nameof(IDiscordRest.SetSlowmodeAsync)));
        Assert.Equal((ModerationHarness.Thread, 30), (on.Channel, on.Seconds));
        Assert.Contains(harness.Rest.CallsOf(nameof(IDiscordRest.SendMessageAsync)), c => c.Channel == ModerationHarness.Thread);

        harness.Time.Advance(TimeSpan.FromSeconds(119));
        await monitor.LiftCalmThreadsAsync(CancellationToken.None);
        Assert.True(monitor.IsHot(ModerationHarness.Thread));

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await monitor.LiftCalmThreadsAsync(CancellationToken.None);

        Assert.False(monitor.IsHot(ModerationHarness.Thread));
        var off = harness.Rest.CallsOf(nameof(IDiscordRest.SetSlowmodeAsync)).Last();
        Assert.Equal(5, off.Seconds); // the slowmode the thread had before
        Assert.Equal([AuditKinds.HeatOn, AuditKinds.HeatOff], (await harness.AuditAsync()).Where(a => a.Kind.StartsWith("heat", StringComparison.Ordinal)).Select(a => a.Kind));
    }

    [Fact]
    public async Task FlaggedMessagesSpreadBeyondWindow_NoSlowmode()
    {
        await using var harness = await ModerationHarness.CreateAsync(options: HeatOptions);
        var monitor = harness.Get<ThreadHeatMonitor>();

        for (var i = 0; i < 5; i++)
        {
            await monitor.RecordFlaggedAsync(ModerationHarness.Guild, ModerationHarness.Thread, act: true, CancellationToken.None);
            harness.Time.Advance(TimeSpan.FromSeconds(31));
        }

        Assert.Empty(harness.Rest.CallsOf(nameof(IDiscordRest.SetSlowmodeAsync)));
    }

    [Fact]
    public async Task ShadowMode_CountsButNeverSetsSlowmode()
    {
        await using var harness = await ModerationHarness.CreateAsync(settings => settings.Mode = ModerationMode.Shadow, HeatOptions);
        var moderator = harness.Get<MessageModerator>();

        for (var i = 0; i < 4; i++)
        {
            await moderator.HandleAsync(new MessageCreated(harness.Message($"silly take {i}", ModerationHarness.Thread)), CancellationToken.None);
        }

        Assert.Empty(harness.Rest.CallsOf(nameof(IDiscordRest.SetSlowmodeAsync)));
        Assert.False(harness.Get<ThreadHeatMonitor>().IsHot(ModerationHarness.Thread));
    }
}
