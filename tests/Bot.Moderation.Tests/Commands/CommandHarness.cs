using Bot.Data;
using Bot.Data.Entities;
using Bot.Discord;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Commands;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Pipeline;
using Bot.Scoring.Incivility;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// The commands as the host wires them (AddModeration + AddModerationCommands) over a real SQLite file, a fake clock
/// and <see cref="RecordingRest"/>. The guild: owner, an admin, a moderator, a member, and the bot, whose role sits
/// between the moderator's and the admin's.
/// </summary>
public sealed class CommandHarness : IAsyncDisposable
{
    public static readonly GuildId Guild = new(100);
    public static readonly ApplicationId Application = new(7);
    public static readonly ChannelId General = new(200);
    public static readonly ChannelId ModLogChannel = new(400);
    public static readonly UserId Owner = new(1);
    public static readonly UserId BotUser = new(2);
    public static readonly UserId Admin = new(3);
    public static readonly UserId Moderator = new(4);
    public static readonly UserId Member = new(5);
    public static readonly UserId OtherModerator = new(6);
    public static readonly RoleId AdminRole = new(10);
    public static readonly RoleId BotRole = new(11);
    public static readonly RoleId ModeratorRole = new(12);
    public static readonly RoleId MemberRole = new(13);
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private long _nextInteraction = 50_000;

    private CommandHarness(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
    public RecordingRest Rest => (RecordingRest)Services.GetRequiredService<IDiscordRest>();
    public IInteractionHandler Router => Services.GetRequiredService<IInteractionHandler>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<CommandHarness> CreateAsync(bool withModLog = true, params ulong[] testGuilds)
    {
        var database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            testGuilds.Select((g, i) => KeyValuePair.Create($"Bot:Discord:TestGuildIds:{i}", (string?)g.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(KeyValuePair.Create("Bot:Discord:Token", (string?)"test-token")))
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Start))
            .AddSingleton<IDbContextFactory<BotDbContext>>(database)
            .AddSingleton<IDiscordRest, RecordingRest>()
            .AddSingleton<IIncivilityScorer, KeywordScorer>()
            .AddDiscord()
            .AddModeration()
            .AddModerationCommands()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var harness = new CommandHarness(database, services);
        harness.SeedGuild();
        if (withModLog)
        {
            await using var db = database.CreateDbContext();
            db.GuildSettings.Add(new GuildSettings { GuildId = Guild.Value, ModLogChannelId = ModLogChannel.Value, CreatedAt = Start, UpdatedAt = Start });
            await db.SaveChangesAsync();
        }

        return harness;
    }

    public GuildMember MemberOf(UserId user) => Rest.Members[user];

    /// <summary>A slash command by <paramref name="by"/> with the permissions their roles give.</summary>
    public Interaction Slash(UserId by, string command, params InteractionOption[] options) =>
        Build(by, InteractionKind.ApplicationCommand, new InteractionData
        {
            CommandName = command,
            CommandKind = CommandKind.ChatInput,
            Options = options,
            ResolvedMembers = Rest.Members.ToDictionary(m => m.Key, m => m.Value),
        });

    public Interaction Button(UserId by, string customId) =>
        Build(by, InteractionKind.MessageComponent, new InteractionData { CustomId = customId });

    public Interaction MessageMenu(UserId by, string command, DiscordMessage target) =>
        Build(by, InteractionKind.ApplicationCommand, new InteractionData
        {
            CommandName = command,
            CommandKind = CommandKind.Message,
            TargetId = target.Id.Value,
            ResolvedMessages = new Dictionary<MessageId, DiscordMessage> { [target.Id] = target },
        });

    public Interaction ModalSubmit(UserId by, string customId, IReadOnlyDictionary<string, string> values) =>
        Build(by, InteractionKind.ModalSubmit, new InteractionData { CustomId = customId, ModalValues = values });

    public static InteractionOption Opt(string name, CommandOptionKind kind, object value) =>
        new(name, kind, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), []);

    public static InteractionOption User(string name, UserId user) => Opt(name, CommandOptionKind.User, user.Value);

    public static InteractionOption Text(string name, string value) => Opt(name, CommandOptionKind.String, value);

    public static InteractionOption Sub(string name, params InteractionOption[] options) => new(name, CommandOptionKind.SubCommand, null, options);

    public static InteractionOption Group(string name, params InteractionOption[] options) => new(name, CommandOptionKind.SubCommandGroup, null, options);

    public Task RunAsync(Interaction interaction) => Router.HandleAsync(interaction, CancellationToken.None);

    public DiscordMessage Message(UserId author, string content, DateTimeOffset at, ChannelId? channel = null)
    {
        var id = new MessageId(Snowflake.FromTime(at) + (ulong)Interlocked.Increment(ref _nextInteraction));
        var message = new DiscordMessage(id, channel ?? General, Guild, new DiscordUser(author, $"user{author}", null, false),
            null, content, at, null, [], [], false, 0, 0, false);
        Rest.History.GetOrAdd(message.ChannelId, _ => []).Add(message);
        return message;
    }

    public async Task<List<CaseAuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.CaseAudit.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<List<ModerationCase>> CasesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Cases.AsNoTracking().OrderBy(c => c.Number).ToListAsync();
    }

    public async Task<List<UserStrike>> StrikesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Strikes.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private Interaction Build(UserId by, InteractionKind kind, InteractionData data)
    {
        var member = Rest.Members[by];
        var permissions = Rest.Roles.Where(r => member.Roles.Contains(r.Id)).Aggregate(DiscordPermissions.None, (p, r) => p | r.Permissions);
        return new Interaction(
            new InteractionId((ulong)Interlocked.Increment(ref _nextInteraction)),
            Application,
            kind,
            "token",
            Guild,
            General,
            new DiscordUser(by, $"user{by}", null, false),
            member,
            permissions,
            data);
    }

    private void SeedGuild()
    {
        Rest.Roles.AddRange(
        [
            new RoleInfo(new RoleId(Guild.Value), "@everyone", 0, DiscordPermissions.SendMessages),
            new RoleInfo(AdminRole, "Admin", 30, DiscordPermissions.Administrator),
            new RoleInfo(BotRole, "NewsMod", 20, DiscordPermissions.ModerateMembers | DiscordPermissions.ManageMessages),
            new RoleInfo(ModeratorRole, "Moderator", 10, DiscordPermissions.ModerateMembers | DiscordPermissions.ManageMessages),
            new RoleInfo(MemberRole, "Member", 1, DiscordPermissions.SendMessages),
        ]);
        foreach (var (user, role) in new[] { (Owner, MemberRole), (BotUser, BotRole), (Admin, AdminRole), (Moderator, ModeratorRole), (OtherModerator, ModeratorRole), (Member, MemberRole) })
        {
            Rest.Members[user] = new GuildMember(user, [role], null, Start.AddDays(-30), null);
        }

        Get<SelfActionTracker>().BotUser = BotUser;
        Get<GuildDirectory>().Apply(new GuildInfo(Guild, "News Club", Owner, Rest.Roles, [], []));
    }
}

/// <summary>A scorer for tests: "idiot" scores 0.9 with an insult reason; anything else is civil.</summary>
public sealed class KeywordScorer : IIncivilityScorer
{
    public IncivilityResult Score(string text) =>
        text.Contains("idiot", StringComparison.OrdinalIgnoreCase) ? new IncivilityResult(0.9, ["insult"], ["idiot"]) : IncivilityResult.Civil;
}
