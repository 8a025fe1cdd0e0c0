using System.CommandLine;
using System.Globalization;
using Bot.Data;
using Bot.Host.Hosting;
using Bot.Scoring.Csv;
using Bot.Scoring.Incivility;
using Bot.Scoring.Incivility.Model;
using Bot.Scoring.Incivility.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>model train</c> and <c>model eval</c>: build the incivility model file and measure it on a labeled CSV.</summary>
internal static class ModelVerb
{
    public static Command Create()
    {
        var model = new Command("model", "Train or evaluate the incivility model.");
        model.Subcommands.Add(CreateTrain());
        model.Subcommands.Add(CreateEval());
        return model;
    }

    private static Command CreateTrain()
    {
        var output = new Option<string>("--out") { Description = "Where to write the model file.", Required = true };
        var feedbackDb = new Option<string?>("--feedback-db") { Description = "A bot database whose moderator feedback rows are added as labeled examples." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder with the labeled CSV files (default Bot:Scoring:Incivility:TrainingDataPath)." };
        var command = new Command("train", "Train the incivility model from the labeled data and write the model file.") { output, feedbackDb, dataDir };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var hostArgs = parse.UnmatchedTokens.ToList();
            var feedbackPath = parse.GetValue(feedbackDb);
            var builder = BotHostBuilder.Create([.. hostArgs]);
            builder.Services.AddIncivilityOptions();
            if (feedbackPath is not null)
            {
                builder.Configuration.AddInMemoryCollection([new(DatabaseOptions.SectionName + ":Path", feedbackPath)]);
                builder.Services.AddBotData(migrateOnStart: false);
            }

            return HostRunner.RunToolAsync(builder, (services, ct) =>
                TrainAsync(services, parse.GetValue(output)!, parse.GetValue(dataDir), feedbackPath, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> TrainAsync(IServiceProvider services, string outputPath, string? dataDir, string? feedbackPath, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<IncivilityOptions>>().Value;
        var folder = dataDir ?? options.TrainingDataPath;
        var progress = new ConsoleProgress();
        try
        {
            IReadOnlyList<LabeledText> feedback = [];
            if (feedbackPath is not null)
            {
                if (!File.Exists(feedbackPath))
                {
                    await Console.Error.WriteLineAsync($"error: feedback database not found: '{feedbackPath}'");
                    return 1;
                }

                feedback = await ReadFeedbackAsync(services, cancellationToken);
                progress.Report($"feedback: {feedback.Count} moderator verdicts ({feedback.Count(f => !f.Uncivil)} not uncivil) from {feedbackPath}");
            }

            var report = await Task.Run(() => new IncivilityModelTrainer().Train(new TrainingRequest(folder, outputPath, options, feedback), progress, cancellationToken), cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"trained on {report.TrainingExamples} examples in {report.Elapsed.TotalSeconds:F1}s; model {report.ModelBytes / 1024} KiB"));
            await Console.Out.WriteLineAsync("OLID test (development set):");
            await MetricsPrinter.WriteAsync(Console.Out, report.OlidTest);
            await Console.Out.WriteLineAsync("Wikipedia CAT-LARGE held-out half (civil guard):");
            await MetricsPrinter.WriteAsync(Console.Out, report.WikiHeldOut);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 1;
        }
    }

    private static async Task<IReadOnlyList<LabeledText>> ReadFeedbackAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        return await context.Feedback.AsNoTracking()
            .OrderBy(f => f.Id)
            .Select(f => new LabeledText(f.Text, f.Uncivil))
            .ToListAsync(cancellationToken);
    }

    private static Command CreateEval()
    {
        var data = new Option<string>("--data") { Description = "Labeled CSV file.", Required = true };
        var textColumn = new Option<string>("--text-column") { Description = "Column with the text.", Required = true };
        var labelColumn = new Option<string>("--label-column") { Description = "Column with the label.", Required = true };
        var positive = new Option<string>("--positive") { Description = "Label value meaning uncivil (default 1).", DefaultValueFactory = _ => "1" };
        var command = new Command("eval", "Score a labeled CSV and print ROC-AUC, PR-AUC, precision/recall/F1 and the confusion matrix at the configured thresholds.")
        {
            data, textColumn, labelColumn, positive,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = BotHostBuilder.Create(parse.UnmatchedTokens.ToArray());
            builder.Services.AddIncivilityScoring();
            return HostRunner.RunToolAsync(builder, (services, ct) => EvaluateAsync(
                services,
                parse.GetValue(data)!,
                parse.GetValue(textColumn)!,
                parse.GetValue(labelColumn)!,
                parse.GetValue(positive)!,
                ct), cancellationToken);
        });
        return command;
    }

    private static async Task<int> EvaluateAsync(IServiceProvider services, string path, string textColumn, string labelColumn, string positive, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"error: data file not found: '{path}'");
            return 1;
        }

        var scorer = services.GetRequiredService<IIncivilityScorer>();
        var options = services.GetRequiredService<IOptions<IncivilityOptions>>().Value;
        var items = new List<LabeledText>();
        var skipped = 0;
        using (var reader = new StreamReader(path))
        {
            foreach (var record in new CsvReader(reader).ReadRecords())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (items.Count == 0 && skipped == 0 && (!record.HasColumn(textColumn) || !record.HasColumn(labelColumn)))
                {
                    await Console.Error.WriteLineAsync($"error: '{path}' has no column '{(record.HasColumn(textColumn) ? labelColumn : textColumn)}'");
                    return 1;
                }

                var text = record[textColumn];
                var label = record[labelColumn];
                if (text is null || label is null)
                {
                    skipped++;
                    continue;
                }

                items.Add(new LabeledText(text, string.Equals(label.Trim(), positive, StringComparison.OrdinalIgnoreCase)));
            }
        }

        var metrics = IncivilityModelTrainer.Evaluate(scorer, items, [options.FlagThreshold, options.DeleteThreshold]);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {items.Count} rows scored, {skipped} skipped (missing text or label)"));
        await MetricsPrinter.WriteAsync(Console.Out, metrics);
        return 0;
    }

    /// <summary>Training progress on stdout, one line per step.</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.Out.WriteLine(value);
    }
}

/// <summary>Prints <see cref="BinaryMetrics"/> as a short human-readable block.</summary>
internal static class MetricsPrinter
{
    public static async Task WriteAsync(TextWriter writer, BinaryMetrics metrics)
    {
        var culture = CultureInfo.InvariantCulture;
        await writer.WriteLineAsync(string.Create(culture, $"  rows {metrics.Positives + metrics.Negatives} (positive {metrics.Positives}, negative {metrics.Negatives})"));
        await writer.WriteLineAsync(string.Create(culture, $"  ROC-AUC {metrics.RocAuc:F4}  PR-AUC {metrics.PrAuc:F4}"));
        foreach (var t in metrics.AtThresholds)
        {
            await writer.WriteLineAsync(string.Create(culture,
                $"  threshold {t.Threshold:F2}: precision {t.Precision:F3} recall {t.Recall:F3} F1 {t.F1:F3} false-positive rate {t.FalsePositiveRate:P2}"));
            await writer.WriteLineAsync(string.Create(culture,
                $"    confusion: TP {t.TruePositives}  FP {t.FalsePositives}  TN {t.TrueNegatives}  FN {t.FalseNegatives}"));
        }
    }
}
