using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Config;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Commands.History;
using Bot.Moderation.Commands.Members;
using Bot.Moderation.Commands.Moderator;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.Commands.Scoring;
using Bot.Moderation.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Moderation.Commands;

/// <summary>Registers the slash commands, context menus and their router.</summary>
public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the router (<see cref="IInteractionHandler"/>), the registrar, the gateway observer and every command module.
    /// Needs <c>AddModeration()</c> (executor, case store, mod log, policy cache), <see cref="IDiscordRest"/>, the
    /// bot's database and an incivility scorer from their own features.
    /// </summary>
    public static IServiceCollection AddModerationCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandOptions>()
            .BindConfiguration(CommandOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<ModLogChannel>();
        services.TryAddSingleton<CasePardoner>();
        services.TryAddSingleton<CaseHistoryPages>();
        services.TryAddSingleton<GuildSettingsEditor>();
        services.TryAddSingleton<ThresholdPreview>();

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IInteractionModule, CaseHistoryCommands>(),
            ServiceDescriptor.Singleton<IInteractionModule, WarnCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, TimeoutCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, UntimeoutCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, PurgeCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, NoteCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, PardonCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, ScoreCommands>(),
            ServiceDescriptor.Singleton<IInteractionModule, ConfigCommands>(),
            ServiceDescriptor.Singleton<IInteractionModule, ReportMessageCommand>(),
            ServiceDescriptor.Singleton<IInteractionModule, AppealCommand>(),
        ]);

        services.TryAddSingleton<IInteractionHandler, InteractionRouter>();
        services.TryAddSingleton<ICommandRegistrar, CommandRegistrar>();
        services.TryAddSingleton<CommandGatewayObserver>();
        services.AddSingleton<IGatewayEventObserver>(provider => provider.GetRequiredService<CommandGatewayObserver>());
        return services;
    }
}
