using Bot.Scoring.Incivility.Training;

namespace Bot.Scoring.Tests.Incivility;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void Compute_PerfectRanking_AucsOne()
    {
        var metrics = BinaryMetrics.Compute([0.9, 0.8, 0.2, 0.1], [true, true, false, false], [0.5]);

        Assert.Equal(1.0, metrics.RocAuc);
        Assert.Equal(1.0, metrics.PrAuc);
    }

    [Fact]
    public void Compute_ReversedRanking_RocAucZero()
    {
        var metrics = BinaryMetrics.Compute([0.1, 0.2, 0.8, 0.9], [true, true, false, false], [0.5]);

        Assert.Equal(0.0, metrics.RocAuc);
    }

    [Fact]
    public void Compute_AllTied_RocAucHalf()
    {
        var metrics = BinaryMetrics.Compute([0.5, 0.5, 0.5, 0.5], [true, false, true, false], [0.5]);

        Assert.Equal(0.5, metrics.RocAuc);
        Assert.Equal(0.5, metrics.PrAuc);
    }

    [Fact]
    public void Compute_MixedRanking_MannWhitneyAndAveragePrecision()
    {
        // Ranked: P N P N. Pairs (P,N) won: 2 of the first positive, 1 of the second = 3 of 4.
        var metrics = BinaryMetrics.Compute([0.9, 0.7, 0.6, 0.1], [true, false, true, false], []);

        Assert.Equal(0.75, metrics.RocAuc, 10);
        Assert.Equal((1.0 + (2.0 / 3.0)) / 2, metrics.PrAuc, 10);
    }

    [Fact]
    public void Compute_AtThreshold_ConfusionAndRates()
    {
        var metrics = BinaryMetrics.Compute([0.9, 0.6, 0.55, 0.4, 0.1], [true, false, true, true, false], [0.5]);
        var at = Assert.Single(metrics.AtThresholds);

        Assert.Equal((2, 1, 1, 1), (at.TruePositives, at.FalsePositives, at.TrueNegatives, at.FalseNegatives));
        Assert.Equal(2.0 / 3, at.Precision, 10);
        Assert.Equal(2.0 / 3, at.Recall, 10);
        Assert.Equal(2.0 / 3, at.F1, 10);
        Assert.Equal(0.5, at.FalsePositiveRate, 10);
    }

    [Fact]
    public void Compute_ScoreEqualToThreshold_Flagged()
    {
        var at = BinaryMetrics.Compute([0.5], [true], [0.5]).AtThresholds[0];

        Assert.Equal(1, at.TruePositives);
    }

    [Fact]
    public void Compute_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Compute([0.1], [true, false], [0.5]));
    }
}
