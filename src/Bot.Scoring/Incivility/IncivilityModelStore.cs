using System.Collections.Concurrent;
using Bot.Scoring.Incivility.Model;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Incivility;

/// <summary>
/// Loads each model file once for every scorer in the process. It takes the path rather than the options so that the
/// options validator can use it without a dependency cycle (options → validator → store → options).
/// </summary>
internal sealed class IncivilityModelStore
{
    private readonly ConcurrentDictionary<string, Lazy<IncivilityModel>> _models = new(StringComparer.Ordinal);

    /// <summary>The model at <paramref name="path"/>; throws <see cref="IncivilityModelException"/> if the file is missing or corrupt.</summary>
    public IncivilityModel Get(string path) =>
        _models.GetOrAdd(path, p => new Lazy<IncivilityModel>(() => ModelFile.Load(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}

/// <summary>Fails start-up with one clear line when the model file is missing or corrupt, instead of a stack trace at the first message.</summary>
internal sealed class IncivilityModelValidator(IncivilityModelStore store) : IValidateOptions<IncivilityOptions>
{
    public ValidateOptionsResult Validate(string? name, IncivilityOptions options)
    {
        try
        {
            _ = store.Get(options.ResolvedModelPath);
            return ValidateOptionsResult.Success;
        }
        catch (IncivilityModelException ex)
        {
            return ValidateOptionsResult.Fail($"{IncivilityOptions.SectionName}:ModelPath: {ex.Message}");
        }
    }
}
