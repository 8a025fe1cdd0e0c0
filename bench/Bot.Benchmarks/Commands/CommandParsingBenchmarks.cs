using BenchmarkDotNet.Attributes;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.History;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.Commands;

/// <summary>The per-interaction work before a command's own logic: routing, option reading, duration and paging-id parsing.</summary>
[MemoryDiagnoser]
public class CommandParsingBenchmarks
{
    private readonly InteractionRouter _router = new([.. Enumerable.Range(0, 20).Select(i => new NoopModule($"cmd{i}"))], null!, NullLogger<InteractionRouter>.Instance);

    private readonly Interaction _interaction = new(
        new InteractionId(1), new Bot.Discord.Abstractions.ApplicationId(2), InteractionKind.ApplicationCommand, "token", new GuildId(3), new ChannelId(4),
        new DiscordUser(new UserId(5), "mod", null, false), null, DiscordPermissions.ModerateMembers,
        new InteractionData { CommandName = "cmd17" });

    private readonly InteractionData _config = new()
    {
        Options =
        [
            new InteractionOption("threshold", CommandOptionKind.SubCommand, null,
            [
                new InteractionOption("score", CommandOptionKind.String, "incivility", []),
                new InteractionOption("level", CommandOptionKind.String, "flag", []),
                new InteractionOption("value", CommandOptionKind.Number, "0.55", []),
            ]),
        ],
    };

    [Benchmark]
    public Task RouteToModule() => _router.HandleAsync(_interaction, CancellationToken.None);

    [Benchmark]
    public double ReadSubcommandOptions()
    {
        var reader = new OptionReader(_config);
        return reader.GetNumber("value")!.Value + reader.GetRequiredString("score").Length + reader.Subcommand.Length;
    }

    [Benchmark]
    public TimeSpan ParseDuration() => DurationParser.Parse("1h30m", TimeSpan.FromMinutes(1), DurationParser.MaxTimeout);

    [Benchmark]
    public CaseQuery? ParsePagingButton() => CaseQuery.Parse("cases:m:3:123456789012345678:Warn:1764590400");

    private sealed class NoopModule(string name) : IInteractionModule
    {
        public IReadOnlyList<CommandDefinition> Commands { get; } = [new(name, "benchmark command")];

        public IReadOnlyList<string> CustomIdPrefixes { get; } = [$"{name}:"];

        public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
