using Bot.Sandbox.Model;

namespace Bot.Sandbox.Tests.Support;

/// <summary>A small world most tests start from: an owner, a member, a guild and a text channel.</summary>
internal sealed record TestWorld(SandboxServer Server, SandboxUser Owner, SandboxUser Member, SandboxGuild Guild, SandboxChannel Channel)
{
    public static TestWorld Create(SandboxServer server)
    {
        var owner = server.CreateUser("owner");
        var member = server.CreateUser("alice");
        var guild = server.CreateGuild("News", owner.Id);
        var channel = server.CreateTextChannel(guild.Id, "world-news");
        server.AddMember(guild.Id, member.Id);
        return new TestWorld(server, owner, member, guild, channel);
    }
}
