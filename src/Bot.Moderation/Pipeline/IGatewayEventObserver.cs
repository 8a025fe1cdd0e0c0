using Bot.Discord.Abstractions;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// Told about state events (Ready, GuildAvailable) after the dispatcher applied them, in the guild's lane: the hook
/// for features that must act on connection, such as registering slash commands.
/// </summary>
public interface IGatewayEventObserver
{
    Task ObserveAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken);
}
