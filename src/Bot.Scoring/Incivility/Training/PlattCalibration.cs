namespace Bot.Scoring.Incivility.Training;

/// <summary>Fits p = 1 / (1 + exp(-(slope·logit + offset))) to held-out examples (Platt 1999, with his smoothed targets).</summary>
internal static class PlattCalibration
{
    public static (float Slope, float Offset) Fit(IReadOnlyList<float> logits, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
            for (var i = 0; i < logits.Count; i++)
            {
                var x = logits[i];
                var p = 1.0 / (1.0 + Math.Exp(-((a * x) + b)));
                var t = labels[i] ? high : low;
                var d = p - t;
                var w = p * (1 - p);
                gA += d * x;
                gB += d;
                hAA += w * x * x;
                hAB += w * x;
                hBB += w;
            }

            var determinant = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(determinant) < 1e-12)
            {
                break;
            }

            var stepA = ((hBB * gA) - (hAB * gB)) / determinant;
            var stepB = ((hAA * gB) - (hAB * gA)) / determinant;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) + Math.Abs(stepB) < 1e-7)
            {
                break;
            }
        }

        return ((float)a, (float)b);
    }
}
