using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Data;

/// <summary>Creates the database file if needed, applies pending migrations and switches the journal to WAL.</summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        // WAL lets the mod-log readers run beside the writer; the setting persists in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database {Path} ready; applied {Count} migration(s)", path, pending.Count);
        return pending.Count;
    }
}
