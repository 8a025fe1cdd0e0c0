using Bot.Scoring.Incivility.Model;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Incivility;

/// <summary>Loads the model file once, on first use, for every scorer in the process.</summary>
internal sealed class IncivilityModelStore
{
    private readonly Lazy<IncivilityModel> _model;

    public IncivilityModelStore(IOptions<IncivilityOptions> options)
    {
        var path = options.Value.ResolvedModelPath;
        _model = new Lazy<IncivilityModel>(() => ModelFile.Load(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model; throws <see cref="IncivilityModelException"/> if the file is missing or corrupt.</summary>
    public IncivilityModel Model => _model.Value;
}

/// <summary>Fails start-up with one clear line when the model file is missing or corrupt, instead of a stack trace at the first message.</summary>
internal sealed class IncivilityModelValidator(IncivilityModelStore store) : IValidateOptions<IncivilityOptions>
{
    public ValidateOptionsResult Validate(string? name, IncivilityOptions options)
    {
        try
        {
            _ = store.Model;
            return ValidateOptionsResult.Success;
        }
        catch (IncivilityModelException ex)
        {
            return ValidateOptionsResult.Fail($"{IncivilityOptions.SectionName}:ModelPath: {ex.Message}");
        }
    }
}
