namespace Bot.News.Evaluation;

/// <summary>
/// Loads article/reference pairs: a CSV with <c>id,title,article,summary</c> columns (the BBC News Summary staging,
/// where <c>article_paragraphs</c> is preferred when present), a folder of such CSVs, or the original
/// <c>News Articles/&lt;cat&gt;/NNN.txt</c> + <c>Summaries/&lt;cat&gt;/NNN.txt</c> layout.
/// </summary>
public static class SummaryDatasetReader
{
    /// <summary>Reads the dataset at <paramref name="path"/>; throws <see cref="InvalidDataException"/> with a clear message when it is not one.</summary>
    public static IReadOnlyList<SummaryExample> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return ReadCsv(path);
        }

        if (!Directory.Exists(path))
        {
            throw new InvalidDataException($"no file or folder at {path}");
        }

        var articles = Path.Combine(path, "News Articles");
        if (Directory.Exists(articles))
        {
            return ReadTextLayout(articles, Path.Combine(path, "Summaries"));
        }

        var csvs = Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (csvs.Count == 0)
        {
            throw new InvalidDataException($"{path} has no *.csv files and no 'News Articles' folder");
        }

        return csvs.SelectMany(ReadCsv).ToList();
    }

    private static List<SummaryExample> ReadCsv(string file)
    {
        using var reader = new StreamReader(file);
        using var rows = CsvReader.ReadRows(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{file} is empty");
        }

        var header = rows.Current.Select((name, index) => (name, index)).ToDictionary(h => h.name.Trim(), h => h.index, StringComparer.OrdinalIgnoreCase);
        int Column(string name) => header.TryGetValue(name, out var index)
            ? index
            : throw new InvalidDataException($"{file} has no '{name}' column (columns: {string.Join(",", header.Keys)})");
        var id = Column("id");
        var article = header.TryGetValue("article_paragraphs", out var paragraphs) ? paragraphs : Column("article");
        var summary = Column("summary");
        var title = header.GetValueOrDefault("title", -1);
        var duplicate = header.GetValueOrDefault("duplicate_article", -1);

        var examples = new List<SummaryExample>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Length <= Math.Max(id, Math.Max(article, summary)))
            {
                continue;
            }

            // The BBC corpus repeats about 100 articles under two ids; count each once.
            if (duplicate >= 0 && duplicate < row.Length && row[duplicate].Trim() == "1")
            {
                continue;
            }

            var text = row[article].Replace(" ||| ", "\n\n", StringComparison.Ordinal);
            examples.Add(new SummaryExample(row[id], title >= 0 && title < row.Length ? row[title] : "", text, row[summary]));
        }

        return examples;
    }

    private static List<SummaryExample> ReadTextLayout(string articles, string summaries)
    {
        var examples = new List<SummaryExample>();
        foreach (var file in Directory.GetFiles(articles, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(articles, file);
            var summaryFile = Path.Combine(summaries, relative);
            if (!File.Exists(summaryFile))
            {
                continue;
            }

            // The first line of a BBC article file is its headline.
            var lines = File.ReadAllText(file).Split('\n', 2);
            var body = lines.Length > 1 ? lines[1].Trim() : "";
            var id = Path.ChangeExtension(relative, null).Replace('\\', '/');
            examples.Add(new SummaryExample(id, lines[0].Trim(), body, File.ReadAllText(summaryFile)));
        }

        return examples;
    }
}
