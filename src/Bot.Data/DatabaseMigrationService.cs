using Microsoft.Extensions.Hosting;

namespace Bot.Data;

/// <summary>Applies migrations when the host starts, before any other hosted service touches the database.</summary>
internal sealed class DatabaseMigrationService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
