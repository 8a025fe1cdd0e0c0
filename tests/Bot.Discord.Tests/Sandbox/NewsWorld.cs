using Bot.Sandbox;
using Bot.Sandbox.Model;

namespace Bot.Discord.Tests.Sandbox;

/// <summary>The sandbox world the client tests use: an owner, a reader who posts, a news guild with one channel.</summary>
internal sealed record NewsWorld(SandboxUser Owner, SandboxUser Reader, SandboxGuild Guild, SandboxChannel Channel)
{
    public static NewsWorld Create(SandboxServer sandbox)
    {
        var owner = sandbox.CreateUser("owner");
        var reader = sandbox.CreateUser("reader");
        var guild = sandbox.CreateGuild("News", owner.Id);
        var channel = sandbox.CreateTextChannel(guild.Id, "world-news");
        sandbox.AddMember(guild.Id, reader.Id);
        return new NewsWorld(owner, reader, guild, channel);
    }
}
