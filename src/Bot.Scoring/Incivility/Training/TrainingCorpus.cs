using Bot.Scoring.Csv;

namespace Bot.Scoring.Incivility.Training;

/// <summary>
/// The labeled sets under the data folder, read with each set's own label meaning (see the SOURCE files):
/// OLID train (any offensive post; counted twice), Davidson (hate or offensive; down-weighted, its "offensive" is mostly
/// profanity and its prior is inverted), Wikipedia CAT-LARGE (civil guard), Stormfront (hate sentences;
/// "relation" and "idk/skip" dropped), ConvAbuse train and valid (abuse at a chatbot). OLID test is the
/// development set and never trained on. Splits are by a hash of the row id, so they are the same every run.
/// </summary>
internal sealed class TrainingCorpus
{
    public const string OlidTestFile = "olid_test.csv";
    public const string WikiFile = "wiki_cat_large_no_context.csv";

    /// <summary>OLID's label (any offensive post) is closest to what the bot acts on, so it outweighs the other sets.</summary>
    private const float OlidWeight = 2f;

    private TrainingCorpus(List<TrainingExample> train, List<TrainingExample> calibration, List<LabeledText> wikiHeldOut)
    {
        Train = train;
        Calibration = calibration;
        WikiHeldOut = wikiHeldOut;
    }

    public IReadOnlyList<TrainingExample> Train { get; }

    /// <summary>Held out from training to fit the probability calibration: 10% of OLID train and of the Wikipedia training half.</summary>
    public IReadOnlyList<TrainingExample> Calibration { get; }

    /// <summary>Half of Wikipedia CAT-LARGE never trained on, for an honest false-positive rate.</summary>
    public IReadOnlyList<LabeledText> WikiHeldOut { get; }

    public static TrainingCorpus Load(string folder, IReadOnlyList<LabeledText> feedback, IProgress<string> progress)
    {
        var train = new List<TrainingExample>();
        var calibration = new List<TrainingExample>();
        var wikiHeldOut = new List<LabeledText>();

        foreach (var (id, text, label) in Read(folder, "olid_train.csv", "id", "offensive"))
        {
            (Bucket(id) == 0 ? calibration : train).Add(new TrainingExample(text, label == "1", OlidWeight, "olid"));
        }

        foreach (var (id, text, label) in Read(folder, WikiFile, "id", "toxic"))
        {
            var bucket = Bucket(id);
            if (bucket >= 5)
            {
                wikiHeldOut.Add(new LabeledText(text, label == "1"));
            }
            else
            {
                (bucket == 0 ? calibration : train).Add(new TrainingExample(text, label == "1", 1f, "wiki"));
            }
        }

        foreach (var (_, text, label) in Read(folder, "davidson_labeled.csv", "id", "abusive_binary"))
        {
            train.Add(new TrainingExample(text, label == "1", 0.4f, "davidson"));
        }

        foreach (var (_, text, label) in Read(folder, "stormfront_sentences.csv", "file_id", "label"))
        {
            if (label is "hate" or "noHate")
            {
                train.Add(new TrainingExample(text, label == "hate", 0.3f, "stormfront"));
            }
        }

        foreach (var file in new[] { "convabuse_train.csv", "convabuse_valid.csv" })
        {
            foreach (var (_, text, label) in Read(folder, file, "example_id", "abusive"))
            {
                train.Add(new TrainingExample(text, label == "1", 0.5f, "convabuse"));
            }
        }

        foreach (var item in feedback)
        {
            // A moderator's verdict is about this server's own messages: it counts more than any public set.
            train.Add(new TrainingExample(item.Text, item.Uncivil, 2f, "feedback"));
        }

        foreach (var group in train.GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            progress.Report($"  {group.Key,-11} {group.Count(),6} examples, {group.Count(e => e.Uncivil),6} uncivil");
        }

        progress.Report($"  calibration {calibration.Count,6} examples; wiki held out {wikiHeldOut.Count} examples");
        return new TrainingCorpus(train, calibration, wikiHeldOut);
    }

    /// <summary>Reads (id, text, label) rows of one CSV; a missing file or column is a clear error.</summary>
    public static IEnumerable<(string Id, string Text, string Label)> Read(string folder, string file, string idColumn, string labelColumn)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"training file not found: '{path}' (set Bot:Scoring:Incivility:TrainingDataPath or --data-dir)", path);
        }

        return ReadRows(path, idColumn, labelColumn);
    }

    private static IEnumerable<(string Id, string Text, string Label)> ReadRows(string path, string idColumn, string labelColumn)
    {
        using var reader = new StreamReader(path);
        foreach (var record in new CsvReader(reader).ReadRecords())
        {
            var text = record["text"];
            var label = record[labelColumn];
            if (string.IsNullOrWhiteSpace(text) || label is null)
            {
                continue;
            }

            yield return (record[idColumn] ?? record.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), text, label.Trim());
        }
    }

    /// <summary>A stable bucket 0-9 from the row id.</summary>
    private static int Bucket(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 10);
    }
}
