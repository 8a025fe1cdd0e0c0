using Bot.Host.Cli;
using Bot.Testing;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests;

[Collection(ConsoleTests.Name)]
public sealed class HostStartupTests
{
    [Fact]
    public async Task Run_WithoutToken_PrintsOneLineNamingTheKeyAndExitsWithTwo()
    {
        var (exit, _, error) = await ConsoleCapture.RunAsync(() =>
            BotCli.Create().Parse(["run", "--Bot:Discord:Token=", "--Bot:Database:Path=" + TempDb()]).InvokeAsync());

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Bot:Discord:Token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithBadSetting_NeverPrintsTheToken()
    {
        const string secret = "MTIz.secret-token-value.xyz";
        var (exit, output, error) = await ConsoleCapture.RunAsync(() =>
            BotCli.Create().Parse(["run", "--Bot:Discord:Token=" + secret, "--Bot:Database:BusyTimeoutSeconds=0", "--Bot:Database:Path=" + TempDb()]).InvokeAsync());

        Assert.Equal(2, exit);
        Assert.Contains("BusyTimeoutSeconds", error, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_NewPath_CreatesDatabaseFile()
    {
        var path = TempDb();
        var (exit, output, _) = await ConsoleCapture.RunAsync(() =>
            BotCli.Create().Parse(["migrate", "--Bot:Database:Path=" + path]).InvokeAsync());

        Assert.Equal(0, exit);
        Assert.True(File.Exists(path));
        Assert.Contains("database ready", output, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    private static string TempDb() =>
        Path.Combine(Path.GetTempPath(), "newsmod-tests", Guid.NewGuid().ToString("N"), "bot.db");
}
