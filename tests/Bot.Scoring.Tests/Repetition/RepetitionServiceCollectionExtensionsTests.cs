using Bot.Scoring.Repetition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Tests.Repetition;

public sealed class RepetitionServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRepetitionDetection_BoundFromConfiguration_OneSharedDetector()
    {
        using var host = CreateHost(new() { ["Bot:Scoring:Repetition:MaxTrackedUsers"] = "2000", ["Bot:Scoring:Repetition:HistoryPerUser"] = "8" });

        var options = host.Services.GetRequiredService<IOptions<RepetitionOptions>>().Value;

        Assert.Equal(2000, options.MaxTrackedUsers);
        Assert.Equal(8, options.HistoryPerUser);
        Assert.Same(host.Services.GetRequiredService<RepetitionDetector>(), host.Services.GetRequiredService<IRepetitionDetector>());
    }

    [Theory]
    [InlineData("Bot:Scoring:Repetition:HistoryPerUser", "1000", "HistoryPerUser")]
    [InlineData("Bot:Scoring:Repetition:IdleEviction", "00:00:05", "IdleEviction")]
    [InlineData("Bot:Scoring:Repetition:MaxTrackedUsers", "3", "MaxTrackedUsers")]
    [InlineData("Bot:Scoring:Repetition:DuplicateSimilarity", "0.1", "DuplicateSimilarity")]
    public async Task StartAsync_InvalidOptions_FailsNamingTheKey(string key, string value, string named)
    {
        using var host = CreateHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static IHost CreateHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddRepetitionDetection();
        return builder.Build();
    }
}
