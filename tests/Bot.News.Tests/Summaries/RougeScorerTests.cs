using Bot.News.Summaries;

namespace Bot.News.Tests.Summaries;

public sealed class RougeScorerTests
{
    [Fact]
    public void Score_IdenticalText_IsOne()
    {
        var scores = RougeScorer.Score("the cat sat on the mat", "The cat sat on the mat.");

        Assert.Equal(new RougeScores(1, 1, 1), scores);
    }

    [Fact]
    public void Score_DisjointText_IsZero() =>
        Assert.Equal(default, RougeScorer.Score("alpha beta", "gamma delta"));

    [Fact]
    public void Score_KnownExample_MatchesHandComputation()
    {
        // candidate: the cat was found under the bed (7); reference: the cat was under the bed (6).
        // ROUGE-1: overlap 6 → P 6/7, R 1 → F 12/13. ROUGE-2: candidate 6 bigrams, reference 5, overlap 4 → F 8/11.
        // ROUGE-L: LCS 6 → same as ROUGE-1.
        var scores = RougeScorer.Score("the cat was found under the bed", "the cat was under the bed");

        Assert.Equal(12.0 / 13, scores.Rouge1, 6);
        Assert.Equal(8.0 / 11, scores.Rouge2, 6);
        Assert.Equal(12.0 / 13, scores.RougeL, 6);
    }

    [Fact]
    public void Score_EmptyCandidate_IsZero() => Assert.Equal(default, RougeScorer.Score("", "anything here"));
}
