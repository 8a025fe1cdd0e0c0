using System.Globalization;
using Bot.Host.Hosting;
using Bot.Moderation.Pipeline;
using Bot.News.Posting;
using Bot.Sandbox;
using Bot.Sandbox.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Demo;

/// <summary>
/// The one-command demo: a sandbox Discord server in-process, the real bot connected to it over the gateway and REST,
/// the seed article posted with its thread, the seed comments replayed as their authors, a few scripted messages that
/// cross the line, and a report of scores, actions and case rows.
/// </summary>
internal sealed class DemoRunner(DemoSettings settings, TextWriter output, TextReader input)
{
    // Scripted after the seed thread so a new user also sees the bot act; each is labelled as scripted in the output.
    private static readonly (string Author, string Text)[] Scripted =
    [
        ("Troll", "You are a complete idiot and everyone here knows it."),
        ("Troll", "Nobody cares what you think, you pathetic moron. Shut up."),
        ("Copycat", "WAKE UP PEOPLE, the media is lying to you about this war!!!"),
        ("Copycat", "wake up people the media is lying to you about this war"),
        ("Copycat", "Wake up people... the media is LYING to you about this war."),
    ];

    public async Task<int> RunAsync(string[] hostArgs, CancellationToken cancellationToken)
    {
        var seedsPath = SeedsFolder.Locate();
        var loaded = SeedsFolder.Load(seedsPath, settings.SeedName);
        if (loaded is not SeedLoaded seed)
        {
            await Console.Error.WriteLineAsync($"demo: {((SeedLoadFailed)loaded).Reason}");
            return 1;
        }

        var databasePath = Path.GetFullPath(settings.DatabasePath
            ?? Path.Combine(Path.GetTempPath(), "newsmod-demo", TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db"));
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);

        await using var sandbox = await SandboxServer.StartAsync(ct: cancellationToken);
        var world = DemoWorld.Create(sandbox);
        var observer = new DemoObserver();
        using var host = BuildBot(hostArgs, sandbox, world, observer, databasePath, seedsPath);
        try
        {
            HostRunner.ValidateAllOptions(host.Services);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(HostRunner.Describe(ex));
            return HostRunner.ConfigurationError;
        }

        await host.StartAsync(cancellationToken);
        try
        {
            var session = new DemoSession(sandbox, world, observer, settings.StepTimeout, output);
            var report = new DemoReport(world, output);
            await session.WaitForCommandsAsync(cancellationToken);
            await output.WriteLineAsync($"Sandbox Discord server on {sandbox.ApiBaseUrl}; guild \"{world.Guild.Name}\" with #news and #mod-log.");
            await output.WriteLineAsync();
            await output.WriteLineAsync("An admin sets the bot up with slash commands:");
            await session.ConfigureAsync("enforce", cancellationToken);

            await output.WriteLineAsync();
            var thread = await session.PostSeedAsync(seed.Name, cancellationToken);
            report.Article(sandbox.GetMessages(world.News.Id).First(m => m.Embeds.Count > 0), thread);

            await output.WriteLineAsync($"The seed thread's {seed.Comments.Count} comments, replayed as their authors:");
            foreach (var comment in seed.Comments)
            {
                report.Verdict(comment.Author, comment.Text, await session.PostAsync(thread.Id, comment.Author, comment.Text, cancellationToken));
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync("Scripted messages (not from the seed) that cross the line:");
            foreach (var (author, text) in Scripted)
            {
                report.Verdict(author, text, await session.PostAsync(thread.Id, author, text, cancellationToken));
            }

            if (settings.Interactive)
            {
                await InteractAsync(session, report, thread, cancellationToken);
            }

            await output.WriteLineAsync();
            await report.CasesAsync(host.Services, world.Guild.Id, sandbox.GetMessages(world.ModLog.Id).Count, cancellationToken);
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Database: {databasePath}");
            return 0;
        }
        catch (DemoStepException ex)
        {
            await Console.Error.WriteLineAsync($"demo: {ex.Message}");
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task InteractAsync(DemoSession session, DemoReport report, SandboxChannel thread, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Interactive: type a message to post it as \"You\" in the thread \"{thread.Name}\"; an empty line or Ctrl+D ends.");
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            report.Verdict("You", line, await session.PostAsync(thread.Id, "You", line, cancellationToken));
        }
    }

    /// <summary>The bot wired to the sandbox; <paramref name="services"/> may replace services (tests give it their clock).</summary>
    internal static IHost BuildBot(
        string[] hostArgs, SandboxServer sandbox, DemoWorld world, DemoObserver observer, string databasePath, string seedsPath,
        Action<IServiceCollection>? services = null)
    {
        var builder = BotHostBuilder.Create(hostArgs);
        // The sandbox's address and token win over any file or environment setting; the command line still wins last.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = sandbox.BotToken,
            ["Bot:Discord:ApiBaseUrl"] = sandbox.ApiBaseUrl.ToString(),
            ["Bot:Discord:TestGuildIds:0"] = world.Guild.Id.ToString(CultureInfo.InvariantCulture),
            ["Bot:Database:Path"] = databasePath,
            ["Bot:News:SeedsPath"] = seedsPath,
            // The report is the demo's output; the bot's own log would drown it. Problems still show.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.Configuration.AddCommandLine(hostArgs);
        BotHostBuilder.AddBot(builder);
        builder.Services.AddSingleton<IModerationObserver>(observer);
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
