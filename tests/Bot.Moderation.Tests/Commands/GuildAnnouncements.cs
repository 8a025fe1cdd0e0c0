using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// Completes when the bot has taken in a guild's GUILD_CREATE. Registered after the commands' own observer, so by then
/// the guild's owner is known to the hierarchy check and a command in that guild is not refused for want of it.
/// </summary>
public sealed class GuildAnnouncements : IGatewayEventObserver
{
    private readonly ConcurrentDictionary<GuildId, TaskCompletionSource> _seen = new();

    public Task ObserveAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (gatewayEvent is GuildAvailable available)
        {
            Entry(available.Guild.Id).TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task WhenSeenAsync(GuildId guild) => Entry(guild).Task;

    private TaskCompletionSource Entry(GuildId guild) =>
        _seen.GetOrAdd(guild, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
