using Bot.Data;
using Bot.Discord;
using Bot.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Infrastructure;

/// <summary>Builds the news feature with the real Discord REST client pointed at a sandbox, over a real SQLite file.</summary>
public static class SandboxNewsServices
{
    /// <summary>A new provider is a new process as far as the bot is concerned: building a second one on the same file is a restart.</summary>
    public static ServiceProvider Build(SandboxServer sandbox, IDbContextFactory<BotDbContext> database, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Bot:Discord:Token"] = sandbox.BotToken,
            ["Bot:Discord:ApiBaseUrl"] = sandbox.ApiBaseUrl.AbsoluteUri,
        };
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(database)
            .AddDiscord()
            .AddNews(startPoller: false)
            .BuildServiceProvider();
    }
}
