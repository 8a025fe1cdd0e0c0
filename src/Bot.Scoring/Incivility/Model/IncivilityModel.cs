using Bot.Scoring.Incivility.Lexicon;
using Bot.Scoring.Incivility.Text;

namespace Bot.Scoring.Incivility.Model;

/// <summary>
/// A trained logistic-regression model over <see cref="FeatureHasher"/> features, with Platt calibration of
/// its logit. Immutable, so one instance serves every thread.
/// </summary>
internal sealed class IncivilityModel
{
    private readonly float[] _weights;

    public IncivilityModel(FeatureSettings settings, float[] weights, float bias, float calibrationSlope, float calibrationOffset)
    {
        Settings = settings;
        _weights = weights;
        Bias = bias;
        CalibrationSlope = calibrationSlope;
        CalibrationOffset = calibrationOffset;
    }

    public FeatureSettings Settings { get; }

    public float Bias { get; }

    public float CalibrationSlope { get; }

    public float CalibrationOffset { get; }

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The uncalibrated score (log-odds before Platt scaling).</summary>
    public float Logit(NormalizedText text, LexiconFindings findings)
    {
        var sink = new DotProduct(_weights);
        FeatureHasher.Featurize(text, findings, Settings, ref sink);
        return sink.Sum + Bias;
    }

    public double Probability(NormalizedText text, LexiconFindings findings) => Calibrate(Logit(text, findings));

    public double Calibrate(float logit) => 1.0 / (1.0 + Math.Exp(-((CalibrationSlope * logit) + CalibrationOffset)));

    /// <summary>The weight of a word's unigram feature, to say which words pushed the score up.</summary>
    public float WordWeight(ReadOnlySpan<char> token) => _weights[FeatureHasher.WordIndex(token, Settings.HashBits)];

    private struct DotProduct(float[] weights) : IFeatureSink
    {
        public float Sum;

        public void Add(int index, float value) => Sum += weights[index] * value;
    }
}
