using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Bot.Moderation.Tests.Commands.Options;

namespace Bot.Moderation.Tests.Commands;

/// <summary>The router, the registrar and the checks every command shares; the bot here also carries a module that throws.</summary>
public sealed class FrameworkTests(FrameworkTests.Fixture fixture) : IClassFixture<FrameworkTests.Fixture>
{
    private static readonly string[] OurCommands =
        ["case", "modlog", "warn", "timeout", "untimeout", "purge", "note", "pardon", "score", "Score message", "config", "Report message", "appeal"];

    private readonly CommandHarness _harness = fixture.Harness;

    [Fact]
    public async Task Router_UnknownCommand_AnswersEphemeralUnknown()
    {
        var guild = await _harness.NewGuildAsync();

        var reply = await guild.SlashAsync(guild.Moderator, "nosuchcommand");

        Assert.Equal(CommandReply.Reply, reply.Type);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Unknown command", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Router_ModuleThrows_AnswersEphemeralErrorAndCarriesOn()
    {
        var guild = await _harness.NewGuildAsync();

        var failed = await guild.SlashAsync(guild.Moderator, "boom");
        var next = await guild.SlashAsync(guild.Moderator, "note", User("user", guild.Member), Text("text", "still here"));

        Assert.True(failed.Ephemeral);
        Assert.Equal(InteractionRouter.FailureText, failed.Text);
        Assert.Contains("case #1", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Router_TwoModulesClaimOneCommand_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new InteractionRouter([new ThrowingModule(), new ThrowingModule()], _harness.Get<IDiscordRest>(), NullLogger<InteractionRouter>.Instance));
        Assert.Contains("boom", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrar_NoTestGuilds_OverwritesGlobalCommandsWithDefaultPermissions()
    {
        var guild = await _harness.NewGuildAsync();

        var global = _harness.Sandbox.GetCommands();

        Assert.Empty(_harness.Sandbox.GetCommands(guild.Id));
        Assert.Single(_harness.Sandbox.Requests, r => r.Method == "PUT" && r.Route.EndsWith("/commands", StringComparison.Ordinal));
        Assert.Subset(global.Select(c => c.Name).ToHashSet(), OurCommands.ToHashSet());
        string? Permissions(string name) => (string?)global.Single(c => c.Name == name).Definition["default_member_permissions"];
        Assert.Equal(Bits(DiscordPermissions.ModerateMembers), Permissions("warn"));
        Assert.Equal(Bits(DiscordPermissions.ManageMessages), Permissions("purge"));
        Assert.Equal(Bits(DiscordPermissions.ManageMessages | DiscordPermissions.ModerateMembers), Permissions("case"));
        Assert.Equal(Bits(DiscordPermissions.ManageGuild), Permissions("config"));
        Assert.Null(Permissions("appeal"));
        Assert.Null(Permissions("Report message"));
        Assert.Equal(3, global.Single(c => c.Name == "Report message").Type);
    }

    [Fact]
    public async Task Registrar_TestGuilds_OverwritesEachGuildOnceWithEveryCommand()
    {
        await using var harness = await CommandHarness.StartAsync(testGuilds: 2);
        var observer = harness.Get<CommandGatewayObserver>();

        // A second Ready (a new session on the same application) does not register again.
        await observer.ObserveAsync(new Ready(new DiscordUser(new UserId(harness.Sandbox.BotUserId), "bot", null, true),
            new Bot.Discord.Abstractions.ApplicationId(harness.Sandbox.ApplicationId), []), CancellationToken.None);

        Assert.Empty(harness.Sandbox.GetCommands());
        foreach (var guild in harness.TestGuilds)
        {
            Assert.Subset(harness.Sandbox.GetCommands(guild).Select(c => c.Name).ToHashSet(), OurCommands.ToHashSet());
        }

        Assert.Equal(
            harness.TestGuilds.Select(g => $"/guilds/{g}/commands"),
            harness.Sandbox.Requests.Where(r => r.Method == "PUT").Select(r => r.Path[r.Path.IndexOf("/guilds/", StringComparison.Ordinal)..]));
    }

    [Fact]
    public async Task Registrar_CommandsLeftByAnEarlierVersion_AreGoneAfterStart()
    {
        await using var harness = await CommandHarness.StartAsync(testGuilds: 1, beforeBot: async (sandbox, guilds) =>
        {
            using var http = new HttpClient { BaseAddress = sandbox.ApiBaseUrl };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", sandbox.BotToken);
            using var stale = new StringContent("""[{"name":"oldcommand","description":"Gone in this version","type":1}]""", Encoding.UTF8, "application/json");
            var put = await http.PutAsync(new Uri($"applications/{sandbox.ApplicationId}/guilds/{guilds[0]}/commands", UriKind.Relative), stale);
            put.EnsureSuccessStatusCode();
            Assert.Equal(["oldcommand"], sandbox.GetCommands(guilds[0]).Select(c => c.Name));
        });

        var names = harness.Sandbox.GetCommands(harness.TestGuilds[0]).Select(c => c.Name).ToHashSet();
        Assert.DoesNotContain("oldcommand", names);
        Assert.Equal(OurCommands.ToHashSet(), names);
    }

    [Fact]
    public async Task SlowCommand_DefersBeforeItsFirstCallToDiscord()
    {
        var guild = await _harness.NewGuildAsync();
        var before = _harness.Sandbox.Requests.Count;

        await guild.SlashAsync(guild.Moderator, "warn", User("user", guild.Member), Text("reason", "x"));

        var requests = _harness.Sandbox.Requests.Skip(before).ToList();
        var deferral = requests.FindIndex(r => r.Route.EndsWith("/callback", StringComparison.Ordinal));
        var firstCall = requests.FindIndex(r => !r.Route.Contains("interaction", StringComparison.Ordinal) && !r.Route.StartsWith("/webhooks", StringComparison.Ordinal));
        Assert.InRange(deferral, 0, firstCall - 1);
        Assert.Contains("\"type\":5", requests[deferral].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hierarchy_GuildOwnerNotYetKnown_RefusedRatherThanRisked()
    {
        var guild = await _harness.NewGuildAsync();
        var guard = new HierarchyGuard(_harness.Get<IDiscordRest>(), _harness.Get<GuildRoleCache>(), new Bot.Moderation.Pipeline.GuildDirectory(), _harness.Get<SelfActionTracker>());
        var interaction = new Interaction(new InteractionId(1), new Bot.Discord.Abstractions.ApplicationId(_harness.Sandbox.ApplicationId), InteractionKind.ApplicationCommand,
            "t", new GuildId(guild.Id), null, new DiscordUser(new UserId(guild.Admin), "admin", null, false), null, DiscordPermissions.Administrator, new InteractionData());

        var refused = await Assert.ThrowsAsync<CommandInputException>(() =>
            guard.EnsureCanActOnAsync(interaction, new UserId(guild.Member), null, CancellationToken.None));

        Assert.Contains("have not received this server's details", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandDefinitionRules_OurCommands_FollowDiscordsRules()
    {
        var commands = _harness.Services.GetServices<IInteractionModule>().SelectMany(m => m.Commands).ToList();

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
            Options = [Node("watch", CommandOptionKind.SubCommandGroup, Node("add", CommandOptionKind.SubCommand, Leaf("channel", CommandOptionKind.Channel, "55")))],
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
            Options =
            [
                Leaf("n", CommandOptionKind.Integer, "12x"),
                Leaf("big", CommandOptionKind.Integer, long.MaxValue.ToString(CultureInfo.InvariantCulture)),
                Leaf("u", CommandOptionKind.User, "abc"),
            ],
        });

        Assert.Contains("whole number", Assert.Throws<CommandInputException>(() => reader.GetInteger("n")).Message, StringComparison.Ordinal);
        Assert.Contains("out of range", Assert.Throws<CommandInputException>(() => reader.GetInt32("big")).Message, StringComparison.Ordinal);
        Assert.Contains("Discord id", Assert.Throws<CommandInputException>(() => reader.GetUser("u")).Message, StringComparison.Ordinal);
        Assert.Contains("required", Assert.Throws<CommandInputException>(() => reader.GetRequiredString("missing")).Message, StringComparison.Ordinal);
    }

    private static string Bits(DiscordPermissions permissions) => ((ulong)permissions).ToString(CultureInfo.InvariantCulture);

    private static InteractionOption Leaf(string name, CommandOptionKind kind, string value) => new(name, kind, value, []);

    private static InteractionOption Node(string name, CommandOptionKind kind, params InteractionOption[] options) => new(name, kind, null, options);

    /// <summary>The harness with <see cref="ThrowingModule"/> among the bot's modules.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public CommandHarness Harness { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Harness = await CommandHarness.StartAsync(services: s => s.AddSingleton<IInteractionModule, ThrowingModule>());

        public async Task DisposeAsync() => await Harness.DisposeAsync();
    }

    /// <summary>A module with a bug: <c>/boom</c> throws before answering.</summary>
    private sealed class ThrowingModule : IInteractionModule
    {
        public IReadOnlyList<CommandDefinition> Commands { get; } = [new("boom", "Fails")];

        public IReadOnlyList<string> CustomIdPrefixes => [];

        public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("module bug");
    }
}
