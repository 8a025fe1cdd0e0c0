namespace Bot.Sandbox.Model;

/// <summary>The smallest useful world: an owner, one member ("alice"), a guild "News" and its text channel #world-news.</summary>
public sealed record SandboxStarterWorld(SandboxUser Owner, SandboxUser Member, SandboxGuild Guild, SandboxChannel Channel)
{
    /// <summary>Creates the world in <paramref name="server"/>.</summary>
    public static SandboxStarterWorld Create(SandboxServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var owner = server.CreateUser("owner");
        var member = server.CreateUser("alice");
        var guild = server.CreateGuild("News", owner.Id);
        var channel = server.CreateTextChannel(guild.Id, "world-news");
        server.AddMember(guild.Id, member.Id);
        return new SandboxStarterWorld(owner, member, guild, channel);
    }
}
