using Bot.Data;
using Bot.Data.Entities;
using Bot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrator_NewFile_CreatesFolderAppliesAllMigrationsAndUsesWal()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsmod-tests", Guid.NewGuid().ToString("N"), "nested");
        var path = Path.Combine(folder, "bot.db");
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Database:Path"] = path })
                .Build())
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddBotData(migrateOnStart: false)
            .BuildServiceProvider();

        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var applied = await migrator.MigrateAsync(CancellationToken.None);
        var appliedAgain = await migrator.MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.True(applied >= 1);
        Assert.Equal(0, appliedAgain);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Fact]
    public async Task Model_MatchesMigrations_NoPendingChanges()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = database.CreateDbContext();

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }
}
