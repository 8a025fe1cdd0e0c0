using Bot.Data;
using Bot.Discord;
using Bot.Moderation;
using Bot.Moderation.Commands;
using Bot.News;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Hosting;

/// <summary>Builds the generic host with the bot's configuration sources and services.</summary>
public static class BotHostBuilder
{
    /// <summary>
    /// Configuration, later sources winning: appsettings.json, appsettings.{Environment}.json,
    /// user-secrets, environment variables (<c>Bot__Discord__Token</c>), command-line overrides.
    /// </summary>
    public static HostApplicationBuilder Create(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The default builder reads user-secrets only in Development; the token may live there in any environment.
        builder.Configuration.AddUserSecrets(typeof(BotHostBuilder).Assembly, optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Adds everything <c>run</c> needs.</summary>
    public static void AddBot(HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotData();
        builder.Services.AddDiscord();
        builder.Services.AddIncivilityScoring();
        builder.Services.AddRepetitionDetection();
        builder.Services.AddModeration();
        builder.Services.AddModerationCommands();
        builder.Services.AddNews(startPoller: true);
    }
}
