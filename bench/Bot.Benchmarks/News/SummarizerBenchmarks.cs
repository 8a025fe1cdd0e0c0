using BenchmarkDotNet.Attributes;
using Bot.News.Evaluation;
using Bot.News.Summaries;

namespace Bot.Benchmarks.News;

/// <summary>Summarizing a 1,000-word BBC article (target: at most 20 ms), beside the Lead-3 baseline.</summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private const int ArticleWords = 1_000;

    private readonly ExtractiveSummarizer _summarizer = new();
    private SummaryRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The data set is not committed (shared/ sits beside the repository); the longest articles are cut to exactly
        // 1,000 words at a word boundary so every run measures the same input.
        var examples = SummaryDatasetReader.Read(DataFolder());
        var example = examples.First(e => TextTokens.Words(e.Article).Count >= ArticleWords);
        _request = new SummaryRequest(example.Title, FirstWords(example.Article, ArticleWords), 3);
    }

    [Benchmark]
    public int Extractive() => _summarizer.Summarize(_request).Sentences.Count;

    [Benchmark(Baseline = true)]
    public int Lead3() => LeadSummarizer.Summarize(_request).Sentences.Count;

    private static string FirstWords(string text, int count)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var startsWord = char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (startsWord && ++seen > count)
            {
                return text[..i].TrimEnd();
            }
        }

        return text;
    }

    private static string DataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "summaries");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/summaries not found above " + AppContext.BaseDirectory);
    }
}
