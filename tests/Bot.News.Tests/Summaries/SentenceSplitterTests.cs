using Bot.News.Summaries;

namespace Bot.News.Tests.Summaries;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToList();

    [Fact]
    public void Split_TitlesAndMonths_DoNotEndSentences() =>
        Assert.Equal(
            ["Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They talked."],
            Split("Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They talked."));

    [Fact]
    public void Split_DecimalsAndMoney_StayWhole() =>
        Assert.Equal(
            ["Profits rose 3.5% to $1.13bn.", "Shares fell."],
            Split("Profits rose 3.5% to $1.13bn. Shares fell."));

    [Fact]
    public void Split_DottedAcronymBeforeName_ContinuesTheSentence() =>
        Assert.Equal(
            ["U.S. officials met U.K. ministers in Washington.", "The talks ended."],
            Split("U.S. officials met U.K. ministers in Washington. The talks ended."));

    [Fact]
    public void Split_DottedAcronymAtSentenceEnd_Splits() =>
        Assert.Equal(
            ["The troops returned to the U.S.", "The war was over."],
            Split("The troops returned to the U.S. The war was over."));

    [Fact]
    public void Split_QuoteEndingSentence_KeepsClosingQuote() =>
        Assert.Equal(
            ["\"We will win.\"", "He said it twice.", "\u201CReally?\u201D she asked."],
            Split("\"We will win.\" He said it twice. \u201CReally?\u201D she asked."));

    [Fact]
    public void Split_Initials_DoNotSplit() =>
        Assert.Single(Split("The novel by J. R. R. Tolkien sold well."));

    [Fact]
    public void Split_BlankLines_MarkParagraphs()
    {
        var sentences = SentenceSplitter.Split("One. Two.\n\nThree.");

        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Split_LowercaseAfterStop_IsNotABoundary() =>
        Assert.Single(Split("He bought 3 lbs. of apples at the market."));

    [Fact]
    public void Split_EmptyText_IsEmpty() => Assert.Empty(Split("   \n\n "));
}
