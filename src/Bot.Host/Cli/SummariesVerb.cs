using System.CommandLine;
using System.Globalization;
using Bot.News.Evaluation;
using Bot.News.Summaries;

namespace Bot.Host.Cli;

/// <summary><c>summaries eval --data PATH [--sentences N]</c>: ROUGE-1/2/L F1 of the extractive summarizer beside Lead-N and Lead cut to our word count.</summary>
internal static class SummariesVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A CSV (id,title,article,summary) or a folder of them, e.g. ../shared/data/summaries", Required = true };
        var sentences = new Option<int>("--sentences") { Description = "Sentences per summary, for ours and Lead-N alike", DefaultValueFactory = _ => 3 };
        var eval = new Command("eval", "Score the summarizer against reference summaries (ROUGE F1) beside the Lead-N baseline.") { data, sentences };
        eval.SetAction((parse, _) => Task.FromResult(Evaluate(parse.GetValue(data)!, parse.GetValue(sentences))));
        return new Command("summaries", "Summary tools.") { eval };
    }

    private static int Evaluate(string path, int sentences)
    {
        if (sentences is < 1 or > 50)
        {
            Console.Error.WriteLine("summaries eval: --sentences must be between 1 and 50");
            return 1;
        }

        IReadOnlyList<SummaryExample> examples;
        try
        {
            examples = SummaryDatasetReader.Read(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("summaries eval: " + ex.Message);
            return 1;
        }

        if (examples.Count == 0)
        {
            Console.Error.WriteLine($"summaries eval: {path} holds no examples");
            return 1;
        }

        var result = SummaryEvaluation.Run(examples, new ExtractiveSummarizer(), sentences);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"examples: {result.Examples}  sentences: {result.Sentences}"));
        Console.WriteLine("method       ROUGE-1  ROUGE-2  ROUGE-L  words");
        Console.WriteLine(Row("extractive", result.Ours, result.OursWords));
        Console.WriteLine(Row($"lead-{sentences}", result.Lead, result.LeadWords));
        Console.WriteLine(Row("lead-words", result.LeadSameWords, result.OursWords));
        Console.WriteLine(string.Create(culture, $"delta ROUGE-1 vs lead-{sentences} (same sentences): {100 * (result.Ours.Rouge1 - result.Lead.Rouge1):+0.00;-0.00} points"));
        Console.WriteLine(string.Create(culture, $"delta ROUGE-1 vs lead-words (same words per article): {100 * (result.Ours.Rouge1 - result.LeadSameWords.Rouge1):+0.00;-0.00} points"));
        return 0;
    }

    private static string Row(string name, RougeScores scores, double words) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-12} {100 * scores.Rouge1,7:0.00}  {100 * scores.Rouge2,7:0.00}  {100 * scores.RougeL,7:0.00}  {words,5:0.0}");
}
