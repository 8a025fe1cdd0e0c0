using System.ComponentModel.DataAnnotations;

namespace Bot.Scoring.Incivility;

/// <summary>Incivility scoring settings (section <c>Bot:Scoring:Incivility</c>).</summary>
public sealed class IncivilityOptions : IValidatableObject
{
    public const string SectionName = "Bot:Scoring:Incivility";

    /// <summary>The model file shipped beside the assemblies (produced by <c>model train</c>).</summary>
    public static readonly string DefaultModelPath = Path.Combine(AppContext.BaseDirectory, "Incivility", "Model", "incivility-model.bin");

    /// <summary>Model file to load; empty means the shipped <see cref="DefaultModelPath"/>.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Score at or above which a message is flagged for moderators (chosen for ≤ 2% false positives on civil Wikipedia talk).</summary>
    [Range(0.0, 1.0)]
    public double FlagThreshold { get; set; } = 0.5;

    /// <summary>Score at or above which a message is uncivil enough to delete.</summary>
    [Range(0.0, 1.0)]
    public double DeleteThreshold { get; set; } = 0.85;

    /// <summary>Characters of a message that are analysed; the rest is ignored so scoring time stays bounded.</summary>
    [Range(100, 20_000)]
    public int MaxAnalyzedChars { get; set; } = 2000;

    /// <summary>Folder with the labeled CSV files <c>model train</c> reads.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TrainingDataPath { get; set; } = "../shared/data/incivility";

    public string ResolvedModelPath => string.IsNullOrWhiteSpace(ModelPath) ? DefaultModelPath : ModelPath;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeleteThreshold < FlagThreshold)
        {
            yield return new ValidationResult(
                $"{SectionName}:DeleteThreshold must be at least {SectionName}:FlagThreshold.",
                [nameof(DeleteThreshold), nameof(FlagThreshold)]);
        }
    }
}
