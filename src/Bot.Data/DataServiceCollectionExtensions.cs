using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Data;

/// <summary>Registers the SQLite store.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BotDbContext"/> (through a factory), validated options and the migrator.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="migrateOnStart">Whether a hosted service applies migrations at start.</param>
    public static IServiceCollection AddBotData(this IServiceCollection services, bool migrateOnStart = true)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDbContextFactory<BotDbContext>((provider, builder) =>
            builder.UseSqlite(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.BuildConnectionString()));
        services.AddSingleton<DatabaseMigrator>();
        if (migrateOnStart)
        {
            services.AddHostedService<DatabaseMigrationService>();
        }

        return services;
    }
}
