using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord;

/// <summary>Registers the Discord client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Adds validated <see cref="DiscordOptions"/> from <c>Bot:Discord</c>.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
