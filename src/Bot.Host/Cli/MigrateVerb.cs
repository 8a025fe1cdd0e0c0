using System.CommandLine;
using Bot.Data;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary><c>migrate</c>: creates or upgrades the SQLite database and exits.</summary>
internal static class MigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the SQLite database, then exit.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) =>
        {
            var builder = BotHostBuilder.Create(parse.UnmatchedTokens.ToArray());
            builder.Services.AddBotData(migrateOnStart: false);
            return HostRunner.RunToolAsync(builder, async (services, ct) =>
            {
                var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                await Console.Out.WriteLineAsync($"database ready: {applied} migration(s) applied");
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
