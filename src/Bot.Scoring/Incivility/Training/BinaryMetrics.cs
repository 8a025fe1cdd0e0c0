namespace Bot.Scoring.Incivility.Training;

/// <summary>Counts and rates of a yes/no decision at one threshold.</summary>
public sealed record ThresholdMetrics(double Threshold, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of the negatives that were flagged.</summary>
    public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? 0 : (double)FalsePositives / (FalsePositives + TrueNegatives);
}

/// <summary>Ranking quality of scores against labels (ROC-AUC, PR-AUC) and the confusion matrix at given thresholds.</summary>
public sealed record BinaryMetrics(int Positives, int Negatives, double RocAuc, double PrAuc, IReadOnlyList<ThresholdMetrics> AtThresholds)
{
    public static BinaryMetrics Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException("scores and labels differ in length", nameof(labels));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var at = thresholds.Select(t => Confusion(scores, labels, t)).ToList();
        return new BinaryMetrics(positives, negatives, ComputeRocAuc(order, scores, labels, positives, negatives), AveragePrecision(order, scores, labels, positives), at);
    }

    private static ThresholdMetrics Confusion(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var flagged = scores[i] >= threshold;
            if (labels[i])
            {
                tp += flagged ? 1 : 0;
                fn += flagged ? 0 : 1;
            }
            else
            {
                fp += flagged ? 1 : 0;
                tn += flagged ? 0 : 1;
            }
        }

        return new ThresholdMetrics(threshold, tp, fp, tn, fn);
    }

    /// <summary>Mann-Whitney form: the chance a random positive outranks a random negative, ties counting half.</summary>
    private static double ComputeRocAuc(int[] order, IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int positives, int negatives)
    {
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double negativesBelow = negatives;
        double sum = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            int tiedPositives = 0, tiedNegatives = 0;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                if (labels[order[j]])
                {
                    tiedPositives++;
                }
                else
                {
                    tiedNegatives++;
                }

                j++;
            }

            negativesBelow -= tiedNegatives;
            sum += tiedPositives * (negativesBelow + (tiedNegatives / 2.0));
            i = j;
        }

        return sum / ((double)positives * negatives);
    }

    /// <summary>Average precision: precision at each positive's rank, averaged over the positives.</summary>
    private static double AveragePrecision(int[] order, IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int positives)
    {
        if (positives == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        var truePositives = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            var tied = 0;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                tied += labels[order[j]] ? 1 : 0;
                j++;
            }

            truePositives += tied;
            sum += tied * ((double)truePositives / j);
            i = j;
        }

        return sum / positives;
    }
}
