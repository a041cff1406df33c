namespace Hub.Normalizer.Training;

/// <summary>Thresholds read off held-out scores.</summary>
public static class Thresholds
{
    /// <summary>The highest threshold that still catches <paramref name="recall"/> of the positives.</summary>
    public static double AtRecall(IEnumerable<(double Score, bool Positive)> scored, double recall)
    {
        var positives = scored.Where(s => s.Positive).Select(s => s.Score).OrderDescending().ToList();
        if (positives.Count == 0)
        {
            return 0.5;
        }

        var needed = (int)Math.Ceiling(recall * positives.Count);
        return positives[Math.Clamp(needed - 1, 0, positives.Count - 1)];
    }

    /// <summary>The lowest threshold at which everything scored at or above it is still at least <paramref name="precision"/> right.</summary>
    public static double AtPrecision(IEnumerable<(double Score, bool Positive)> scored, double precision)
    {
        var ordered = scored.OrderByDescending(s => s.Score).ToList();
        var best = ordered.Count > 0 ? ordered[0].Score : 0.5;
        int taken = 0, right = 0;
        foreach (var (score, positive) in ordered)
        {
            taken++;
            right += positive ? 1 : 0;
            if (right / (double)taken >= precision)
            {
                best = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The lowest threshold below <paramref name="ceiling"/> at which the band between them is still at least
    /// <paramref name="precision"/> right: suggestions are what is left below the link threshold, so their precision
    /// is the band's, not that of everything above.
    /// </summary>
    public static double BandAtPrecision(IEnumerable<(double Score, bool Positive)> scored, double ceiling, double precision)
    {
        var best = ceiling;
        int taken = 0, right = 0;
        foreach (var (score, positive) in scored.Where(s => s.Score < ceiling).OrderByDescending(s => s.Score))
        {
            taken++;
            right += positive ? 1 : 0;
            if (right / (double)taken >= precision)
            {
                best = score;
            }
        }

        return best;
    }
}
