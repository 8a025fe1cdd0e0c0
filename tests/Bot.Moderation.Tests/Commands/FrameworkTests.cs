using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Bot.Moderation.Tests.Commands.CommandHarness;

namespace Bot.Moderation.Tests.Commands;

public sealed class FrameworkTests
{
    [Fact]
    public async Task Router_UnknownCommand_AnswersEphemeralUnknown()
    {
        await using var harness = await CreateAsync();

        await harness.RunAsync(harness.Slash(Moderator, "nosuchcommand"));

        var reply = Assert.Single(harness.Rest.Replies);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Unknown command", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Router_ModuleThrows_AnswersEphemeralErrorAndDoesNotThrow()
    {
        var rest = new RecordingRest();
        var router = new InteractionRouter([new ThrowingModule()], rest, NullLogger<InteractionRouter>.Instance);
        var interaction = new Interaction(new InteractionId(1), new Bot.Discord.Abstractions.ApplicationId(7), InteractionKind.ApplicationCommand, "t", new GuildId(1), null,
            new DiscordUser(new UserId(1), "u", null, false), null, DiscordPermissions.None, new InteractionData { CommandName = "boom" });

        await router.HandleAsync(interaction, CancellationToken.None);

        var reply = Assert.Single(rest.Replies);
        Assert.True(reply.Ephemeral);
        Assert.Equal(InteractionRouter.FailureText, reply.Content);
    }

    [Fact]
    public void Router_TwoModulesClaimOneCommand_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new InteractionRouter([new ThrowingModule(), new ThrowingModule()], new RecordingRest(), NullLogger<InteractionRouter>.Instance));
        Assert.Contains("boom", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrar_TestGuilds_OverwritesEachGuildOnceWithEveryCommand()
    {
        await using var harness = await CreateAsync(true, 100, 101);
        var observer = harness.Get<CommandGatewayObserver>();
        var ready = new Ready(new DiscordUser(BotUser, "bot", null, true), Application, [Guild]);

        await observer.ObserveAsync(ready, CancellationToken.None);
        await observer.ObserveAsync(ready, CancellationToken.None);

        Assert.Equal([100UL, 101UL], harness.Rest.GuildOverwrites.Select(o => o.Guild.Value));
        Assert.Empty(harness.Rest.GlobalOverwrites);
        var names = harness.Rest.GuildOverwrites.First().Commands.Select(c => c.Name).ToHashSet();
        foreach (var expected in new[] { "case", "modlog", "warn", "timeout", "untimeout", "purge", "note", "pardon", "score", "Score message", "config", "Report message", "appeal" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public async Task Registrar_NoTestGuilds_OverwritesGlobalCommands()
    {
        await using var harness = await CreateAsync();

        var result = await harness.Get<ICommandRegistrar>().RegisterAsync(Application, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Single(harness.Rest.GlobalOverwrites);
        Assert.Empty(harness.Rest.GuildOverwrites);
    }

    [Fact]
    public async Task CommandDefinitionRules_OurCommands_FollowDiscordsRules()
    {
        await using var harness = await CreateAsync();
        var commands = harness.Services.GetServices<IInteractionModule>().SelectMany(m => m.Commands).ToList();

        Assert.Empty(CommandDefinitionRules.Check(commands));
    }

    [Fact]
    public void CommandDefinitionRules_BadDefinitions_AreNamed()
    {
        var problems = CommandDefinitionRules.Check(
        [
            new CommandDefinition("Bad Name", "x"),
            new CommandDefinition("ok", "")
            {
                Options = [new CommandOptionDefinition(CommandOptionKind.String, "a", "a"), new CommandOptionDefinition(CommandOptionKind.String, "b", "b", Required: true)],
            },
        ]);

        Assert.Contains(problems, p => p.Contains("'Bad Name'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("description", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required option must come before", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10m", 600)]
    [InlineData("1h", 3600)]
    [InlineData("7d", 604_800)]
    [InlineData("1h30m", 5400)]
    [InlineData(" 2W ", 1_209_600)]
    public void DurationParser_Valid_Parses(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text, TimeSpan.FromSeconds(1), TimeSpan.FromDays(28)));

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("m")]
    [InlineData("10x")]
    [InlineData("-5m")]
    [InlineData("99999999999d")]
    public void DurationParser_Invalid_RefusesWithUsage(string text)
    {
        var refused = Assert.Throws<CommandInputException>(() => DurationParser.Parse(text, TimeSpan.FromMinutes(1), TimeSpan.FromDays(28)));
        Assert.Contains("e.g. `10m`", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30s")]
    [InlineData("29d")]
    public void DurationParser_OutOfRange_NamesTheRange(string text)
    {
        var refused = Assert.Throws<CommandInputException>(() => DurationParser.Parse(text, TimeSpan.FromMinutes(1), TimeSpan.FromDays(28)));
        Assert.Contains("between 1m and 28d", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PermissionGuard_AdministratorImpliesAll_OtherwiseAnyOf()
    {
        Assert.True(PermissionGuard.Allows(DiscordPermissions.Administrator, DiscordPermissions.ManageGuild));
        Assert.True(PermissionGuard.Allows(DiscordPermissions.ModerateMembers, DiscordPermissions.ManageMessages | DiscordPermissions.ModerateMembers));
        Assert.False(PermissionGuard.Allows(DiscordPermissions.ManageMessages, DiscordPermissions.ManageGuild));
        Assert.True(PermissionGuard.Allows(DiscordPermissions.None, DiscordPermissions.None));
    }

    [Fact]
    public void OptionReader_NestedSubcommands_ReadsPathAndLeafOptions()
    {
        var reader = new OptionReader(new InteractionData
        {
            Options = [Group("watch", Sub("add", Opt("channel", CommandOptionKind.Channel, 55UL)))],
        });

        Assert.Equal("watch add", reader.Subcommand);
        Assert.Equal(new ChannelId(55), reader.GetRequiredChannel("channel"));
        Assert.Null(reader.GetString("missing"));
    }

    [Fact]
    public void OptionReader_BadValues_RefuseClearly()
    {
        var reader = new OptionReader(new InteractionData
        {
            Options = [Opt("n", CommandOptionKind.Integer, "12x"), Opt("big", CommandOptionKind.Integer, long.MaxValue), Opt("u", CommandOptionKind.User, "abc")],
        });

        Assert.Contains("whole number", Assert.Throws<CommandInputException>(() => reader.GetInteger("n")).Message, StringComparison.Ordinal);
        Assert.Contains("out of range", Assert.Throws<CommandInputException>(() => reader.GetInt32("big")).Message, StringComparison.Ordinal);
        Assert.Contains("Discord id", Assert.Throws<CommandInputException>(() => reader.GetUser("u")).Message, StringComparison.Ordinal);
        Assert.Contains("required", Assert.Throws<CommandInputException>(() => reader.GetRequiredString("missing")).Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingModule : IInteractionModule
    {
        public IReadOnlyList<CommandDefinition> Commands { get; } = [new("boom", "Fails")];

        public IReadOnlyList<string> CustomIdPrefixes => [];

        public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("module bug");
    }
}
