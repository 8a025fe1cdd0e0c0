namespace Bot.News.Summaries;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L F1 scores, each in [0, 1].</summary>
public readonly record struct RougeScores(double Rouge1, double Rouge2, double RougeL)
{
    public static RougeScores operator +(RougeScores a, RougeScores b) =>
        new(a.Rouge1 + b.Rouge1, a.Rouge2 + b.Rouge2, a.RougeL + b.RougeL);

    public RougeScores DivideBy(int count) =>
        count == 0 ? default : new(Rouge1 / count, Rouge2 / count, RougeL / count);
}
