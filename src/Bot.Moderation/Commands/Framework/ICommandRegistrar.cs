using Bot.Discord.Abstractions;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Moderation.Commands.Framework;

/// <summary>Registers every module's commands with Discord. The event dispatcher calls it on each non-resumed Ready.</summary>
public interface ICommandRegistrar
{
    /// <summary>Bulk-overwrites the commands (per test guild, or globally); repeated calls for the same application do nothing.</summary>
    Task<DiscordResult> RegisterAsync(ApplicationId application, CancellationToken cancellationToken);
}
