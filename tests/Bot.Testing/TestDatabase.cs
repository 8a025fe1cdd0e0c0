using Bot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bot.Testing;

/// <summary>A real SQLite file in a temporary folder, migrated like production; deleted on dispose.</summary>
public sealed class TestDatabase : IDbContextFactory<BotDbContext>, IAsyncDisposable, IDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder)
    {
        _folder = folder;
        Path = System.IO.Path.Combine(folder, "newsmod.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, ForeignKeys = true }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Creates the file and applies every migration.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsmod-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder);
        await using var context = database.CreateDbContext();
        await context.Database.MigrateAsync();
        return database;
    }

    public BotDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a leaked connection; the temp folder is cleaned by the OS later.
        }
    }
}
