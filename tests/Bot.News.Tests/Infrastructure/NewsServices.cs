using Bot.Data;
using Bot.Discord.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.News.Tests.Infrastructure;

/// <summary>Builds the news feature through <c>AddNews</c> over a real SQLite file, a fake Discord and a chosen clock.</summary>
public static class NewsServices
{
    public static ServiceProvider Build(
        IDbContextFactory<BotDbContext> database,
        IDiscordRest rest,
        TimeProvider time,
        IDictionary<string, string?>? settings = null,
        IChannelGuilds? channels = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(database);
        services.AddSingleton(rest);
        if (channels is not null)
        {
            services.AddSingleton(channels);
        }

        services.AddNews(startPoller: false);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Settings that let the guard reach exactly this test server, with a short timeout.</summary>
    public static Dictionary<string, string?> AllowServer(TestWebServer server, double timeoutSeconds = 5) => new()
    {
        ["Bot:News:AllowedPrivateHosts:0"] = server.HostPort,
        ["Bot:News:FetchTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 1, 24, 9, 0, 0, TimeSpan.Zero));
}
