using Bot.Data.Entities;
using Bot.Sandbox;
using Bot.Sandbox.Model;
using Microsoft.EntityFrameworkCore;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// One test's guild in the sandbox: the owner (holding only the member role), an admin (30), the bot (20), two
/// moderators (10) and a member (1), #general where commands are run and #mod-log. Acts as its people and reads
/// what came of it: the bot's answers, the sandbox's state and this guild's rows in SQLite.
/// </summary>
public sealed class CommandGuild
{
    private readonly CommandHarness _harness;

    private CommandGuild(CommandHarness harness, SandboxGuild guild)
    {
        _harness = harness;
        var sandbox = harness.Sandbox;
        Id = guild.Id;
        Owner = guild.OwnerId;
        BotRole = guild.BotRoleId;
        AdminRole = sandbox.CreateRole(Id, "Admin", 30, SandboxPermissions.Administrator).Id;
        ModeratorRole = sandbox.CreateRole(Id, "Moderator", 10, SandboxPermissions.ModerateMembers | SandboxPermissions.ManageMessages).Id;
        MemberRole = sandbox.CreateRole(Id, "Member", 1, SandboxPermissions.SendMessages).Id;
        General = sandbox.CreateTextChannel(Id, "general").Id;
        ModLog = sandbox.CreateTextChannel(Id, "mod-log").Id;
        sandbox.SetMemberRoles(Id, Owner, MemberRole);
        Admin = Join("admin", AdminRole);
        Moderator = Join("moderator", ModeratorRole);
        OtherModerator = Join("other-moderator", ModeratorRole);
        Member = Join("member", MemberRole);
    }

    public ulong Id { get; }
    public ulong Owner { get; }
    public ulong Admin { get; }
    public ulong Moderator { get; }
    public ulong OtherModerator { get; }
    public ulong Member { get; }
    public ulong AdminRole { get; }
    public ulong BotRole { get; }
    public ulong ModeratorRole { get; }
    public ulong MemberRole { get; }
    public ulong General { get; }
    public ulong ModLog { get; }

    public SandboxServer Sandbox => _harness.Sandbox;

    public ulong Bot => _harness.Sandbox.BotUserId;

    /// <summary>Messages the bot posted to #mod-log.</summary>
    public IReadOnlyList<SandboxMessage> ModLogMessages => Sandbox.GetMessages(ModLog);

    internal static async Task<CommandGuild> CreateAsync(CommandHarness harness, bool withModLog)
    {
        var guild = new CommandGuild(harness, harness.Sandbox.CreateGuild("News Club", harness.Sandbox.CreateUser("owner").Id));
        if (withModLog)
        {
            await using var db = harness.Database.CreateDbContext();
            var now = harness.Time.GetUtcNow();
            db.GuildSettings.Add(new GuildSettings { GuildId = guild.Id, ModLogChannelId = guild.ModLog, CreatedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        return guild;
    }

    /// <summary>A user who joins with <paramref name="roles"/>.</summary>
    public ulong Join(string name, params ulong[] roles)
    {
        var user = Sandbox.CreateUser(name).Id;
        Sandbox.AddMember(Id, user, roles);
        return user;
    }

    public Task<CommandReply> SlashAsync(ulong by, string command, params SandboxCommandOption[] options) =>
        _harness.RunAsync(() => Sandbox.InvokeSlashCommandAsync(Id, General, by, command, options));

    public Task<CommandReply> MessageMenuAsync(ulong by, string command, ulong message) =>
        _harness.RunAsync(() => Sandbox.InvokeMessageCommandAsync(Id, General, by, command, message));

    public Task<CommandReply> ClickAsync(ulong by, SandboxMessage message, string customId) =>
        _harness.RunAsync(() => Sandbox.ClickButtonAsync(message.Id, by, customId));

    public Task<CommandReply> SubmitModalAsync(ulong by, string customId, IReadOnlyDictionary<string, string> values) =>
        _harness.RunAsync(() => Sandbox.SubmitModalAsync(Id, General, by, customId, values));

    public Task<SandboxMessage> PostAsync(ulong author, string content, ulong? channel = null) =>
        Sandbox.PostMessageAsync(channel ?? General, author, content);

    public IReadOnlyList<SandboxMessage> DirectMessages(ulong user) => Sandbox.GetDirectMessages(user);

    public async Task<List<ModerationCase>> CasesAsync()
    {
        await using var db = _harness.Database.CreateDbContext();
        return await db.Cases.AsNoTracking().Where(c => c.GuildId == Id).OrderBy(c => c.Number).ToListAsync();
    }

    public async Task<List<CaseAuditEntry>> AuditAsync()
    {
        await using var db = _harness.Database.CreateDbContext();
        return await db.CaseAudit.AsNoTracking().Where(a => a.GuildId == Id).OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<List<UserStrike>> StrikesAsync()
    {
        await using var db = _harness.Database.CreateDbContext();
        return await db.Strikes.AsNoTracking().Where(s => s.GuildId == Id).OrderBy(s => s.Id).ToListAsync();
    }
}
