namespace Hub.Normalizer.Training;

/// <summary>
/// Platt scaling fitted to held-out scores: ML.NET calibrates the trees on the very pairs they were trained on, where
/// they are over-confident in order but not in scale, so its probabilities are not probabilities (a plain retelling
/// scored 0.4, the link threshold sat at 0.02). Fitting <c>p = 1 / (1 + exp(A·s + B))</c> on pairs the trees never saw
/// makes the score staff read on a case page mean what it says. Newton's method with Platt's smoothed targets, as
/// Lin, Lin and Weng (2007) give it.
/// </summary>
public static class PlattCalibration
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        double positives = scored.Count(s => s.Positive), negatives = scored.Count - positives;
        double high = (positives + 1) / (positives + 2), low = 1 / (negatives + 2);
        double a = 0, b = Math.Log((negatives + 1) / (positives + 1));
        var loss = Loss(scored, a, b, high, low);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            foreach (var (score, positive) in scored)
            {
                var p = Probability(score, a, b);
                var t = positive ? high : low;
                var d2 = p * (1 - p);
                h11 += score * score * d2;
                h22 += d2;
                h21 += score * d2;
                var d1 = t - p;
                g1 += score * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-6 && Math.Abs(g2) < 1e-6)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var next = Loss(scored, a + (step * da), b + (step * db), high, low);
                if (next < loss + (1e-4 * step * gd))
                {
                    (a, b, loss) = (a + (step * da), b + (step * db), next);
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    public static double Probability(double score, double slope, double offset) => 1 / (1 + Math.Exp((slope * score) + offset));

    static double Loss(IReadOnlyList<(double Score, bool Positive)> scored, double a, double b, double high, double low)
    {
        var loss = 0.0;
        foreach (var (score, positive) in scored)
        {
            var t = positive ? high : low;
            var f = (score * a) + b;
            // log(1 + exp(f)) without overflow, in both signs of f
            loss += f >= 0 ? (t * f) + Math.Log(1 + Math.Exp(-f)) : ((t - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return loss;
    }
}
