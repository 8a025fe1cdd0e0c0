using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;

namespace Bot.Host.Cli;

/// <summary>Formats the output lines of <c>score</c>: one result or one error per input line, ids echoed as given.</summary>
internal sealed class ScoreWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    // Lines go to a terminal or a pipe, never into HTML, so quotes and apostrophes in error messages stay readable.
    public ScoreWriter() => _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <param name="repeatedIds">The raw JSON ids of the earlier lines the repetition evidence names, in its order.</param>
    public string Scored(string idJson, IncivilityResult incivility, RepetitionResult repetition, IEnumerable<string> repeatedIds)
    {
        Start();
        _json.WritePropertyName("id");
        _json.WriteRawValue(idJson);
        _json.WriteNumber("incivility", Math.Round(incivility.Score, 4));
        WriteStrings("reasons", incivility.Reasons);
        WriteStrings("terms", incivility.Terms);
        _json.WriteStartObject("repetition");
        _json.WriteNumber("score", repetition.Score);
        WriteStrings("reasons", repetition.Reasons);
        _json.WriteStartArray("repeats");
        foreach (var id in repeatedIds)
        {
            _json.WriteRawValue(id);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        return Finish();
    }

    public string Error(int lineNumber, string? idJson, string error)
    {
        Start();
        _json.WriteNumber("line", lineNumber);
        if (idJson is not null)
        {
            _json.WritePropertyName("id");
            _json.WriteRawValue(idJson);
        }

        _json.WriteString("error", error);
        return Finish();
    }

    public void Dispose() => _json.Dispose();

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
    }

    private string Finish()
    {
        _json.WriteEndObject();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }
}
