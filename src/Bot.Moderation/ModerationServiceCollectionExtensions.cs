using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Heat;
using Bot.Moderation.Manual;
using Bot.Moderation.ModLog;
using Bot.Moderation.Pipeline;
using Bot.Moderation.Preview;
using Bot.Moderation.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Moderation;

/// <summary>Registers the moderation pipeline.</summary>
public static class ModerationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway event dispatcher, policy, executor, case store, mod log (and its button module), manual-action
    /// recorder, thread heat and score recorder, with <see cref="ModerationOptions"/> validated at start. Needs
    /// <see cref="IDiscordGateway"/>, <see cref="IDiscordRest"/>, the scorers and the data store registered too.
    /// </summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddOptions<ModerationOptions>()
            .BindConfiguration(ModerationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGuildPolicyCache, GuildPolicyCache>();
        services.TryAddSingleton<StrikeLedger>();
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<SelfActionTracker>();
        services.TryAddSingleton<ModLogPublisher>();
        services.TryAddSingleton<ModerationExecutor>();
        services.TryAddSingleton<PendingCaseSettler>();
        services.TryAddSingleton<GuildDirectory>();
        services.TryAddSingleton<IChannelGuilds>(provider => provider.GetRequiredService<GuildDirectory>());
        services.TryAddSingleton<ReplayGuard>();
        services.TryAddSingleton<ThreadHeatMonitor>();
        services.TryAddSingleton<ScoredMessageRecorder>();
        services.TryAddSingleton<MessageModerator>();
        services.TryAddSingleton<ManualActionRecorder>();
        // The mod-log buttons check role hierarchy as the commands do.
        services.TryAddSingleton<GuildRoleCache>();
        services.TryAddSingleton<HierarchyGuard>();
        services.TryAddSingleton<ChannelOptionGuard>();
        services.TryAddSingleton<ModLogInteractionModule>();
        services.AddSingleton<IInteractionModule>(provider => provider.GetRequiredService<ModLogInteractionModule>());
        services.AddHostedService(provider => provider.GetRequiredService<ScoredMessageRecorder>());
        services.AddHostedService<HeatLiftService>();
        services.AddHostedService<GatewayEventDispatcher>();
        return services;
    }
}
