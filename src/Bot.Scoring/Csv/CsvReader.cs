using System.Text;

namespace Bot.Scoring.Csv;

/// <summary>Reads RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. The first record is the header.</summary>
public sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();

    public CsvReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Reads the header, then yields each record as a column-name lookup.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        var header = ReadRecord();
        if (header is null)
        {
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var number = 1;
        while (ReadRecord() is { } fields)
        {
            number++;
            yield return new CsvRecord(columns, fields, number);
        }
    }

    /// <summary>One record's fields, or null at the end of the input.</summary>
    public List<string>? ReadRecord()
    {
        var first = _reader.Peek();
        if (first < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var quoted = false;
        var atFieldStart = true;
        _field.Clear();
        while (true)
        {
            var read = _reader.Read();
            if (read < 0)
            {
                fields.Add(_field.ToString());
                return fields;
            }

            var c = (char)read;
            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    _field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    atFieldStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(_field.ToString());
                    return fields;
                default:
                    _field.Append(c);
                    atFieldStart = false;
                    break;
            }
        }
    }
}

/// <summary>One CSV record; <see cref="LineNumber"/> is the record's ordinal counting the header as 1.</summary>
public sealed class CsvRecord(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, int lineNumber)
{
    public int LineNumber { get; } = lineNumber;

    public bool HasColumn(string name) => columns.ContainsKey(name);

    /// <summary>The field in <paramref name="column"/>, or null when the column or the field is missing.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index] : null;
}
