using System.CommandLine;
using System.Text.Json;
using Bot.Host.Hosting;
using Bot.News;
using Bot.News.Extraction;
using Bot.News.Posting;
using Bot.News.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>
/// <c>summarize --input PATH|URL [--sentences N] [--json]</c>: one article from a text file, a seed JSON or a link
/// (fetched through the address guard); a <c>.jsonl</c> input summarizes each <c>{"id","title","text"}</c> line.
/// </summary>
internal static class SummarizeVerb
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "A text file, a seed .json, a .jsonl batch, or an http(s) link", Required = true };
        var sentences = new Option<int?>("--sentences") { Description = "Sentences in each summary (default Bot:News:SummarySentences)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of plain text" };
        var command = new Command("summarize", "Summarize an article (or a .jsonl batch of articles).") { input, sentences, json };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = BotHostBuilder.Create(parse.UnmatchedTokens.ToArray());
            builder.Services.AddNews(startPoller: false);
            return HostRunner.RunToolAsync(builder, (services, ct) =>
            {
                var count = parse.GetValue(sentences) ?? services.GetRequiredService<IOptions<NewsOptions>>().Value.SummarySentences;
                if (count is < 1 or > 50)
                {
                    return Fail("--sentences must be between 1 and 50");
                }

                var path = parse.GetValue(input)!;
                return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                    ? SummarizeBatchAsync(services, path, count, ct)
                    : SummarizeOneAsync(services, path, count, parse.GetValue(json), ct);
            }, cancellationToken);
        });
        return command;
    }

    private static async Task<int> SummarizeOneAsync(IServiceProvider services, string input, int sentences, bool json, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(services, input, cancellationToken);
        if (article.Error is { } error)
        {
            return await Fail(error);
        }

        var summarizer = services.GetRequiredService<ISummarizer>();
        var summary = await summarizer.SummarizeAsync(new SummaryRequest(article.Title, article.Text, sentences), cancellationToken);
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { title = article.Title, method = summary.Method, sentences = summary.Sentences, summary = summary.Text }, Json));
        }
        else
        {
            foreach (var sentence in summary.Sentences)
            {
                await Console.Out.WriteLineAsync(sentence);
            }
        }

        return 0;
    }

    private static async Task<(string Title, string Text, string? Error)> LoadAsync(IServiceProvider services, string input, CancellationToken cancellationToken)
    {
        if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(input, UriKind.Absolute, out var url))
            {
                return ("", "", $"'{input}' is not a valid link");
            }

            return await services.GetRequiredService<ArticleLoader>().LoadAsync(url, null, cancellationToken) switch
            {
                ArticleLoaded loaded => (loaded.Article.Title, loaded.Article.Text, null),
                ArticleLoadFailed failed => ("", "", $"could not load {url}: {failed.Reason}"),
                _ => ("", "", $"could not load {url}"),
            };
        }

        if (!File.Exists(input))
        {
            return ("", "", $"no file at {input}");
        }

        if (input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return SeedArticleLoader.LoadFile(input) switch
            {
                SeedLoaded seed => (seed.Article.Title, seed.Article.Text, null),
                SeedLoadFailed failed => ("", "", failed.Reason),
                _ => ("", "", $"{input} is not a seed"),
            };
        }

        var text = await File.ReadAllTextAsync(input, cancellationToken);
        return string.IsNullOrWhiteSpace(text) ? ("", "", $"{input} is empty") : ("", text, null);
    }

    private static async Task<int> SummarizeBatchAsync(IServiceProvider services, string path, int sentences, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return await Fail($"no file at {path}");
        }

        var summarizer = services.GetRequiredService<ISummarizer>();
        var (lineNumber, failures) = (0, 0);
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ParseLine(line) is not { } item)
            {
                failures++;
                await Console.Error.WriteLineAsync($"line {lineNumber}: expected {{\"id\", \"title\", \"text\"}} with a non-empty text");
                continue;
            }

            var summary = await summarizer.SummarizeAsync(new SummaryRequest(item.Title ?? "", item.Text!, sentences), cancellationToken);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { id = item.Id, summary = summary.Text }, Json));
        }

        return failures == 0 ? 0 : 1;
    }

    private static BatchItem? ParseLine(string line)
    {
        try
        {
            var item = JsonSerializer.Deserialize<BatchItem>(line, Json);
            return item is { Text.Length: > 0 } ? item : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync("summarize: " + message);
        return 1;
    }

    private sealed record BatchItem(JsonElement Id, string? Title, string? Text);
}
