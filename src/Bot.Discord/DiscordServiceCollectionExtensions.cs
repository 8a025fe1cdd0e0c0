using Bot.Discord.Abstractions;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Discord;

/// <summary>Registers the Discord client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds validated <see cref="DiscordOptions"/> from <c>Bot:Discord</c>, <see cref="IDiscordRest"/>,
    /// <see cref="IDiscordGateway"/> and the hosted service that runs the gateway shards.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Base address and auth headers are set per request, so the named client needs no configuration of its own.
        services.AddHttpClient(RestRequestSender.HttpClientName);
        services.TryAddSingleton<RestRequestSender>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IDiscordRest>(sp => sp.GetRequiredService<DiscordRestClient>());

        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<DiscordGateway>();
        services.TryAddSingleton<IDiscordGateway>(sp => sp.GetRequiredService<DiscordGateway>());
        services.AddHostedService<GatewayHostedService>();
        return services;
    }
}
