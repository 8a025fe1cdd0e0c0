using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Data.Entities;
using Bot.Host.Demo;
using Bot.Sandbox.Model;

namespace Bot.Moderation.Tests.EndToEnd;

/// <summary>
/// The whole path over the real sandbox server (gateway WebSocket and REST on 127.0.0.1) and a real SQLite file:
/// message → scores → policy → Discord action → case row → mod-log embed; the ladder; shadow mode; manual actions;
/// a crash mid-burst.
/// </summary>
public sealed class ModerationEndToEndTests
{
    private const string Insult = "You are a complete idiot and everyone here knows it.";
    private const string WorseInsult = "Nobody cares what you think, you pathetic moron. Shut up.";
    private const string CreateMessageRoute = "/channels/{channel_id}/messages";
    private const string MemberRoute = "/guilds/{guild_id}/members/{user_id}";

    [Fact]
    public async Task Uncivil_Enforced_DeletedDirectMessagedCasedAndPostedToModLogPingingNobody()
    {
        await using var scene = await SandboxScene.CreateAsync();
        await using var bot = await SandboxBot.StartAsync(scene);
        await bot.ConfigureAsync("enforce");

        var verdict = await bot.PostAsync("Troll", Insult);

        var troll = scene.Member("Troll");
        var messageId = verdict.Evaluation.Message.Message.Value;
        Assert.True(scene.Sandbox.IsDeleted(messageId));
        var dm = Assert.Single(scene.Sandbox.GetDirectMessages(troll));
        Assert.Contains("case #1", dm.Content, StringComparison.Ordinal);

        var row = Assert.Single(await scene.CasesAsync());
        Assert.Equal((CaseAction.Warn, CaseOutcome.Done, CaseSource.Automatic), (row.Action, row.Outcome, row.Source));
        Assert.Equal((troll, messageId, scene.News, Insult), (row.UserId, row.MessageId, row.ChannelId, row.MessageExcerpt));
        Assert.True(row.IncivilityScore >= 0.85, $"incivility {row.IncivilityScore}");
        Assert.NotNull(row.RepetitionScore);
        Assert.Contains(row.Reasons, r => r.StartsWith("incivility ", StringComparison.Ordinal));
        Assert.Contains("strike 1: Warn", row.Reasons);
        Assert.Contains("delete: ok", row.OutcomeDetail, StringComparison.Ordinal);
        Assert.Equal(row.Id, Assert.Single(await scene.StrikesAsync()).CaseId);

        var post = Assert.Single(scene.Sandbox.GetMessages(scene.ModLog));
        Assert.Equal(post.Id, row.ModLogMessageId);
        var embed = Assert.IsType<JsonObject>(Assert.Single(post.Embeds));
        Assert.Equal("Case #1 · Warn", (string?)embed["title"]);
        Assert.Contains(Insult, (string?)embed["description"], StringComparison.Ordinal);
        Assert.Equal(["Undo", "Confirm", "Not uncivil"], ButtonLabels(post));
        var sent = JsonNode.Parse(Assert.Single(scene.Sandbox.Requests, r => r.Method == "POST" && r.Route == CreateMessageRoute && r.Path.Contains(scene.ModLog.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Body)!;
        var allowed = Assert.IsType<JsonObject>(sent["allowed_mentions"]);
        Assert.Empty(Assert.IsType<JsonArray>(allowed["parse"]));
        Assert.Empty(((JsonArray?)allowed["users"]) ?? []);
        Assert.Empty(((JsonArray?)allowed["roles"]) ?? []);
        Assert.Empty(scene.Sandbox.SchemaViolations);
    }

    [Fact]
    public async Task RepeatedPosting_ClimbsTheStrikeLadder_ToATimeoutOnTheMember()
    {
        const string Spam = "Check out my channel for the real news about the war";
        await using var scene = await SandboxScene.CreateAsync();
        await using var bot = await SandboxBot.StartAsync(scene);
        await bot.ConfigureAsync("enforce");
        var spammer = scene.Member("Spammer");

        var posted = new List<ulong>();
        while (scene.Sandbox.GetTimeout(scene.GuildId, spammer) is null)
        {
            Assert.True(posted.Count < 6, "no timeout after 6 identical posts");
            posted.Add((await bot.PostAsync("Spammer", Spam)).Evaluation.Message.Message.Value);
        }

        await bot.BarrierAsync();
        var cases = await scene.CasesAsync();
        // One case per rung: the first repeat deletes and warns, the next times out for the ladder's 10 minutes.
        Assert.Equal([CaseAction.Warn, CaseAction.Timeout], cases.Select(c => c.Action));
        Assert.All(cases, c => Assert.Equal((spammer, CaseOutcome.Done, CaseSource.Automatic), (c.UserId, c.Outcome, c.Source)));
        Assert.All(cases, c => Assert.Contains(c.Reasons, r => r.StartsWith("repetition ", StringComparison.Ordinal)));
        Assert.Equal(["strike 1: Warn", "strike 2: Timeout"], cases.Select(c => c.Reasons[^1]));
        Assert.Equal(posted[^2..], cases.Select(c => c.MessageId!.Value));
        Assert.All(posted[^2..], id => Assert.True(scene.Sandbox.IsDeleted(id)));
        Assert.All(posted[..^2], id => Assert.False(scene.Sandbox.IsDeleted(id)));
        var timeout = cases[1];
        Assert.Equal(SandboxScene.Start + TimeSpan.FromMinutes(10), timeout.ExpiresAt);
        Assert.Equal(timeout.ExpiresAt, scene.Sandbox.GetTimeout(scene.GuildId, spammer));
        Assert.Equal(cases.Select(c => c.Id), (await scene.StrikesAsync()).Select(s => s.CaseId));
        Assert.Equal(2, scene.Sandbox.GetMessages(scene.ModLog).Count);
    }

    [Fact]
    public async Task ShadowMode_WritesWhatWouldHaveBeenDone_AndTouchesNothing()
    {
        await using var scene = await SandboxScene.CreateAsync();
        await using var bot = await SandboxBot.StartAsync(scene);
        await bot.ConfigureAsync("shadow");

        var first = await bot.PostAsync("Troll", Insult);
        var second = await bot.PostAsync("Troll", WorseInsult);

        var troll = scene.Member("Troll");
        var cases = await scene.CasesAsync();
        Assert.Equal([(CaseAction.Warn, CaseOutcome.Shadow), (CaseAction.Timeout, CaseOutcome.Shadow)], cases.Select(c => (c.Action, c.Outcome)));
        Assert.Equal([Insult, WorseInsult], cases.Select(c => c.MessageExcerpt));
        Assert.All(cases, c => Assert.True(c.IncivilityScore >= 0.85));
        Assert.Equal(["strike 1: Warn", "strike 2: Timeout"], cases.Select(c => c.Reasons[^1]));
        Assert.False(scene.Sandbox.IsDeleted(first.Evaluation.Message.Message.Value));
        Assert.False(scene.Sandbox.IsDeleted(second.Evaluation.Message.Message.Value));
        Assert.Null(scene.Sandbox.GetTimeout(scene.GuildId, troll));
        Assert.Empty(scene.Sandbox.GetDirectMessages(troll));
        Assert.DoesNotContain(scene.Sandbox.Requests, r => r.Method is "DELETE" or "PATCH" || r.Route.StartsWith("/users", StringComparison.Ordinal));
        // Moderators still see what would have happened.
        Assert.Equal(2, scene.Sandbox.GetMessages(scene.ModLog).Count);
    }

    [Fact]
    public async Task ManualTimeout_ByAModerator_IsCased_TheBotsOwnTimeoutIsNotCasedTwice()
    {
        await using var scene = await SandboxScene.CreateAsync();
        await using var bot = await SandboxBot.StartAsync(scene);
        await bot.ConfigureAsync("enforce");
        var heckler = scene.Member("Heckler");
        var until = SandboxScene.Start + TimeSpan.FromHours(1);

        await scene.Sandbox.TimeoutAsModeratorAsync(scene.GuildId, scene.World.Editor.Id, heckler, until, "cooling off");
        await scene.WaitUntilAsync(() => scene.Sandbox.GetMessages(scene.ModLog).Count == 1, "the manual timeout posted to the mod log");
        await bot.PostAsync("Troll", Insult);
        await bot.PostAsync("Troll", WorseInsult);
        await bot.BarrierAsync();

        var troll = scene.Member("Troll");
        var cases = await scene.CasesAsync();
        var manual = Assert.Single(cases, c => c.UserId == heckler);
        Assert.Equal((CaseAction.Timeout, CaseSource.ManualInDiscord, CaseOutcome.Done), (manual.Action, manual.Source, manual.Outcome));
        Assert.Equal((until, scene.World.Editor.Id, "cooling off"), (manual.ExpiresAt, manual.ActorId, manual.Note));
        Assert.DoesNotContain(await scene.StrikesAsync(), s => s.UserId == heckler);
        Assert.NotNull(scene.Sandbox.GetTimeout(scene.GuildId, troll));
        Assert.Equal(
            [(CaseAction.Warn, CaseSource.Automatic), (CaseAction.Timeout, CaseSource.Automatic)],
            cases.Where(c => c.UserId == troll).Select(c => (c.Action, c.Source)));
        Assert.Equal(3, scene.Sandbox.GetMessages(scene.ModLog).Count);
    }

    [Fact]
    public async Task KilledMidBurst_Restarted_EveryActionThatReachedDiscordHasExactlyOneCase()
    {
        (string Author, string Text)[] burst =
        [
            ("Troll", "You are an idiot."),
            ("Grumbler", "The author is an idiot."),
            ("Troll", "Your opinion is worthless."),
            ("Grumbler", "Stop spreading this stupid nonsense."),
            ("Troll", "Are you stupid or just pretending?"),
            ("Grumbler", "Damn, this is a terrible take."),
            ("Troll", "You people are clueless."),
        ];
        await using var scene = await SandboxScene.CreateAsync();
        await using var first = await SandboxBot.StartAsync(scene);
        await first.ConfigureAsync("enforce");
        // The first timeout call fails with a 502 whose retry waits on the (unmoving) clock: the crash comes exactly after
        // the second insult's message was deleted on Discord, while its case is Pending and the rest of the burst is queued.
        scene.Sandbox.Inject5xx("PATCH " + MemberRoute, 1);
        var posted = new List<(SandboxMessage Message, string Author)>();
        foreach (var (author, text) in burst)
        {
            posted.Add((await scene.Sandbox.PostMessageAsync(scene.News, scene.Member(author), text), author));
        }

        await scene.WaitUntilAsync(() => scene.Sandbox.Requests.Any(r => r is { Method: "PATCH", Route: MemberRoute, StatusCode: 502 }), "the failed timeout call");
        await first.KillAsync();
        var beforeRestart = await scene.CasesAsync();
        Assert.Equal([CaseOutcome.Done, CaseOutcome.Recorded, CaseOutcome.Pending], beforeRestart.Select(c => c.Outcome));
        Assert.True(scene.Sandbox.IsDeleted(posted[2].Message.Id));

        await using var second = await SandboxBot.StartAsync(scene);
        // Discord sends a message again (an edit with the same text, an embed resolving): already cased, it is not acted on twice.
        var replays = new Dictionary<ulong, MessageVerdict>();
        foreach (var (message, _) in posted.Where(p => !scene.Sandbox.IsDeleted(p.Message.Id)))
        {
            replays[message.Id] = await second.ReplayAsync(message);
        }

        await second.BarrierAsync();
        Assert.Null(replays[posted[1].Message.Id].Case);
        var cases = await scene.CasesAsync();
        Assert.DoesNotContain(cases, c => c.Outcome == CaseOutcome.Pending);
        Assert.All(cases, c => Assert.NotNull(c.ModLogMessageId));
        Assert.All(posted, p => Assert.Single(cases, c => c.MessageId == p.Message.Id));
        var troll = posted.Where(p => p.Author == "Troll").Select(p => cases.Single(c => c.MessageId == p.Message.Id)).ToList();
        Assert.All(troll, c => Assert.True(scene.Sandbox.IsDeleted(c.MessageId!.Value)));
        Assert.All(troll, c => Assert.Equal(CaseOutcome.Done, c.Outcome));
        // The ladder went on across the restart: the strikes written before the crash still counted after it.
        Assert.Equal(["strike 1: Warn", "strike 2: Timeout", "strike 3: Timeout", "strike 4: Timeout"], troll.Select(c => c.Reasons[^1]));
        Assert.StartsWith("settled after restart", troll[1].OutcomeDetail, StringComparison.Ordinal);
        Assert.Equal(troll.Max(c => c.ExpiresAt), scene.Sandbox.GetTimeout(scene.GuildId, scene.Member("Troll")));
        var grumbler = posted.Where(p => p.Author == "Grumbler").Select(p => cases.Single(c => c.MessageId == p.Message.Id)).ToList();
        Assert.All(grumbler, c => Assert.Equal((CaseAction.Flag, CaseOutcome.Recorded), (c.Action, c.Outcome)));
        Assert.All(grumbler, c => Assert.False(scene.Sandbox.IsDeleted(c.MessageId!.Value)));
        Assert.DoesNotContain(cases, c => c.Source == CaseSource.ManualInDiscord);
    }

    private static List<string?> ButtonLabels(SandboxMessage post) =>
        [.. post.Components.OfType<JsonObject>().SelectMany(row => ((JsonArray)row["components"]!).OfType<JsonObject>()).Select(b => (string?)b["label"])];
}
