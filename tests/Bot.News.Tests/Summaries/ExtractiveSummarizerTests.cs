using Bot.News.Summaries;

namespace Bot.News.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    private const string Article =
        "The city council approved a new budget for public transport on Monday. " +
        "The budget adds forty new electric buses to the city's fleet by next year. " +
        "Council members said the electric buses will cut pollution in the city centre. " +
        "The city council approved a new budget for public transport on Monday evening. " +
        "Some residents said the money should have gone to road repairs instead. " +
        "The weather was mild.\n\n" +
        "Transport officials expect the new buses to carry thousands of extra passengers each day.";

    [Fact]
    public void Summarize_ReturnsRequestedCountInArticleOrder()
    {
        var summary = new ExtractiveSummarizer().Summarize(new SummaryRequest("Council approves electric bus budget", Article, 3));

        Assert.Equal(3, summary.Sentences.Count);
        var positions = summary.Sentences.Select(s => Article.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(ExtractiveSummarizer.MethodName, summary.Method);
    }

    [Fact]
    public void Summarize_NearDuplicateSentences_KeepsOnlyOne()
    {
        var summary = new ExtractiveSummarizer().Summarize(new SummaryRequest("Council approves budget", Article, 4));

        Assert.Single(summary.Sentences, s => s.StartsWith("The city council approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_ShortFillerSentence_IsNotChosen()
    {
        var summary = new ExtractiveSummarizer().Summarize(new SummaryRequest("", Article, 4));

        Assert.DoesNotContain("The weather was mild.", summary.Sentences);
    }

    [Fact]
    public void Summarize_HugeSentences_StayWithinEmbedLimit()
    {
        var giant = string.Join(' ', Enumerable.Repeat("word", 3000)) + ".";
        var text = string.Join(' ', Enumerable.Repeat(giant, 3));

        var summary = new ExtractiveSummarizer().Summarize(new SummaryRequest("", text, 3));

        Assert.True(summary.Text.Length <= SummaryLimits.EmbedDescription);
        Assert.NotEmpty(summary.Text);
    }

    [Fact]
    public void Summarize_EmptyText_GivesEmptySummary() =>
        Assert.Empty(new ExtractiveSummarizer().Summarize(new SummaryRequest("x", "", 3)).Sentences);

    [Fact]
    public void Lead_TakesFirstSentences() =>
        Assert.Equal(
            ["The city council approved a new budget for public transport on Monday."],
            LeadSummarizer.Summarize(new SummaryRequest("", Article, 1)).Sentences);
}
