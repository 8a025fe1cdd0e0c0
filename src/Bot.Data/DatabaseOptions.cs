using System.ComponentModel.DataAnnotations;

namespace Bot.Data;

/// <summary>Where the SQLite case store lives (section <c>Bot:Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Bot:Database";

    /// <summary>Path of the SQLite file; relative paths are relative to the working directory. Its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/newsmod.db";

    /// <summary>How long a writer waits for a lock held by another connection.</summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    internal string BuildConnectionString()
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
            ForeignKeys = true,
        };
        return builder.ToString();
    }
}
