using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Manual;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// Reads the gateway's events: keeps the guild directory current, settles cases a previous run left Pending, and
/// sends messages, member events and interactions into per-guild lanes (serial within a guild, parallel across
/// guilds). A handler's failure is logged and the lane carries on.
/// </summary>
internal sealed partial class GatewayEventDispatcher(
    IDiscordGateway gateway,
    GuildDirectory directory,
    SelfActionTracker selfActions,
    MessageModerator messages,
    ManualActionRecorder manualActions,
    PendingCaseSettler settler,
    IEnumerable<IGatewayEventObserver> observers,
    IServiceProvider services,
    IOptions<ModerationOptions> options,
    ILogger<GatewayEventDispatcher> logger) : BackgroundService
{
    private IInteractionHandler? _interactions;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _interactions = services.GetService<IInteractionHandler>();
        if (options.Value.SettlePendingOnStart)
        {
            await SettleAsync(stoppingToken);
        }

        var lanes = new GuildLanes(options.Value.LaneCapacity, options.Value.MaxParallelGuilds, HandleAsync, stoppingToken);
        await using (lanes)
        {
            try
            {
                await foreach (var gatewayEvent in gateway.Events.ReadAllAsync(stoppingToken))
                {
                    if (Route(gatewayEvent) is { } key)
                    {
                        await lanes.EnqueueAsync(key, gatewayEvent, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping.
            }
        }
    }

    /// <summary>Applies state events at once, in gateway order; returns the lane of events that need work.</summary>
    private LaneKey? Route(GatewayEvent gatewayEvent)
    {
        switch (gatewayEvent)
        {
            case Ready ready:
                selfActions.BotUser = ready.BotUser.Id;
                return new LaneKey(default, false); // observers act on it (command registration) off the reader
            case GuildAvailable available:
                directory.Apply(available.Guild);
                return new LaneKey(available.Guild.Id, false);
            case ChannelUpdated channel:
                directory.Apply(channel.Channel);
                return null;
            case RoleUpdated role:
                directory.Apply(role.GuildId, role.Role);
                return null;
            case MessageCreated { Message.GuildId: { } guild } created:
                if (created.Message.Member is { } member)
                {
                    directory.RememberMember(guild, member);
                }

                return new LaneKey(guild, false);
            case MessageUpdated { GuildId: { } guild }:
                return new LaneKey(guild, false);
            case MemberUpdated updated:
                directory.RememberMember(updated.GuildId, updated.Member);
                return new LaneKey(updated.GuildId, false);
            case MemberBanned banned:
                return new LaneKey(banned.GuildId, false);
            case AuditLogEntryCreated entry:
                return new LaneKey(entry.GuildId, false);
            case InteractionCreated interaction:
                return new LaneKey(interaction.Interaction.GuildId ?? default, true);
            default:
                return null;
        }
    }

    private async Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        try
        {
            await (gatewayEvent switch
            {
                MessageCreated created => messages.HandleAsync(created, cancellationToken),
                MessageUpdated updated => messages.HandleAsync(updated, cancellationToken),
                MemberUpdated updated => manualActions.HandleAsync(updated, cancellationToken),
                MemberBanned banned => manualActions.HandleAsync(banned, cancellationToken),
                AuditLogEntryCreated entry => manualActions.HandleAsync(entry, cancellationToken),
                InteractionCreated interaction => HandleInteractionAsync(interaction.Interaction, cancellationToken),
                Ready or GuildAvailable => ObserveAsync(gatewayEvent, cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, exception, gatewayEvent.GetType().Name);
        }
    }

    private async Task ObserveAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.ObserveAsync(gatewayEvent, cancellationToken);
        }
    }

    private Task HandleInteractionAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (_interactions is null)
        {
            LogNoInteractionHandler(logger, interaction.Id);
            return Task.CompletedTask;
        }

        return _interactions.HandleAsync(interaction, cancellationToken);
    }

    private async Task SettleAsync(CancellationToken stoppingToken)
    {
        try
        {
            var settled = await settler.SettleAsync(stoppingToken);
            LogSettled(logger, settled);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The cases stay Pending and are settled on the next start; moderation goes on meanwhile.
            LogSettleFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {EventType} failed; the lane carries on")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} arrived but no IInteractionHandler is registered")]
    private static partial void LogNoInteractionHandler(ILogger logger, InteractionId interactionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settled {Count} pending case(s) left by the previous run")]
    private static partial void LogSettled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settling pending cases failed; they stay Pending until the next start")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception);
}
