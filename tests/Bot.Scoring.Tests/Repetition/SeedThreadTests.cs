using Bot.Scoring.Tests.Support;
using Bot.Scoring.Repetition;

namespace Bot.Scoring.Tests.Repetition;

public sealed class SeedThreadTests
{
    private const ulong ArticleThread = 77;

    [Fact]
    public void Observe_SeedThreadReplayed_NothingFlagged()
    {
        var harness = new DetectorHarness();

        var results = Replay(harness, SeedThread.Comments());

        Assert.All(results, result => Assert.Same(RepetitionResult.None, result));
    }

    [Fact]
    public void Observe_ThirdAndFourthCommentWithinWindow_FlaggedWithEarlierCommentsAsEvidence()
    {
        var harness = new DetectorHarness();
        var comments = SeedThread.Comments();
        var buggaBoom = UserOf("BuggaBoom");
        var secondByBuggaBoom = comments.FindLastIndex(c => c.Author == "BuggaBoom");
        Replay(harness, comments[..(secondByBuggaBoom + 1)]);

        // Six minutes after the second comment (10:14), well within the 30-minute window of the first (10:02).
        harness.Time.SetUtcNow(comments[secondByBuggaBoom].Timestamp.AddMinutes(6));
        var third = harness.Post(buggaBoom, "Putin will never stop unless the West stands firm, mark my words on this one.", ArticleThread, isThread: true);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        var fourth = harness.Post(buggaBoom, "And anyone defending Pyongyang here is simply not paying attention to the facts.", ArticleThread, isThread: true);

        Assert.Equal([RepetitionReasons.ThreadRepeat], third.Reasons);
        Assert.Equal([102UL, 100UL], third.RepeatedMessageIds);
        Assert.Equal([RepetitionReasons.ThreadRepeat], fourth.Reasons);
        Assert.Equal([1UL, 102UL, 100UL], fourth.RepeatedMessageIds);
        Assert.True(fourth.Score > third.Score);
    }

    [Fact]
    public void Observe_ThirdCommentAfterFirstLeftTheWindow_Allowed()
    {
        var harness = new DetectorHarness();
        var comments = SeedThread.Comments();
        Replay(harness, comments);

        // 10:50 is 48 minutes after BuggaBoom's first comment (10:02) and 36 after the second (10:14).
        harness.Time.SetUtcNow(new DateTimeOffset(2025, 1, 24, 10, 50, 0, TimeSpan.Zero));
        var third = harness.Post(UserOf("BuggaBoom"), "A later thought, once the thread has calmed down a little.", ArticleThread, isThread: true);

        Assert.DoesNotContain(RepetitionReasons.ThreadRepeat, third.Reasons);
    }

    [Fact]
    public void Observe_SameCountInAPlainChannel_NotAThreadRepeat()
    {
        var harness = new DetectorHarness();

        for (var i = 0; i < 4; i++)
        {
            var result = harness.PostThenWait(TimeSpan.FromMinutes(3), 5, Texts.Distinct(i), channel: 9, isThread: false);
            Assert.DoesNotContain(RepetitionReasons.ThreadRepeat, result.Reasons);
        }
    }

    private static List<RepetitionResult> Replay(DetectorHarness harness, List<SeedComment> comments)
    {
        var results = new List<RepetitionResult>();
        foreach (var comment in comments)
        {
            harness.Time.SetUtcNow(comment.Timestamp);
            results.Add(harness.Detector.Observe(
                new PostedMessage(DetectorHarness.Guild, ArticleThread, true, UserOf(comment.Author), 100 + (ulong)results.Count, comment.Text, comment.Timestamp),
                harness.Settings));
        }

        return results;
    }

    private static ulong UserOf(string author) => (uint)StringComparer.Ordinal.GetHashCode(author);
}
