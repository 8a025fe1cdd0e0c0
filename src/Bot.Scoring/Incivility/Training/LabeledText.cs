namespace Bot.Scoring.Incivility.Training;

/// <summary>A text with a yes/no incivility label, e.g. a moderator's verdict kept as feedback.</summary>
public sealed record LabeledText(string Text, bool Uncivil);

/// <summary>One training example: where it came from and how much it counts.</summary>
internal sealed record TrainingExample(string Text, bool Uncivil, float Weight, string Source);
