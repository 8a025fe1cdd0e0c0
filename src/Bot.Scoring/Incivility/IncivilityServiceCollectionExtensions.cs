using Bot.Scoring.Incivility.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Incivility;

/// <summary>Registers incivility scoring.</summary>
public static class IncivilityServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IIncivilityScorer"/> (singleton, thread-safe) with options from <c>Bot:Scoring:Incivility</c>,
    /// validated at start-up, including that the model file loads.
    /// </summary>
    public static IServiceCollection AddIncivilityScoring(this IServiceCollection services)
    {
        services.AddIncivilityOptions();
        services.TryAddSingleton<IncivilityModelStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IncivilityOptions>, IncivilityModelValidator>());
        services.TryAddSingleton<IncivilityLexicon>();
        services.TryAddSingleton<IIncivilityScorer>(provider => new IncivilityScorer(
            provider.GetRequiredService<IncivilityModelStore>().Model,
            provider.GetRequiredService<IncivilityLexicon>(),
            provider.GetRequiredService<IOptions<IncivilityOptions>>().Value));
        return services;
    }

    /// <summary>Adds only the validated <see cref="IncivilityOptions"/> (for tools such as <c>model train</c> that must run without a model).</summary>
    public static IServiceCollection AddIncivilityOptions(this IServiceCollection services)
    {
        services.AddOptions<IncivilityOptions>()
            .BindConfiguration(IncivilityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
