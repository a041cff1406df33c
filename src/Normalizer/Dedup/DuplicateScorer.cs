namespace Hub.Normalizer.Dedup;

/// <summary>How alike two complaints are, and why: the score and the evidence each link stores.</summary>
public sealed record DuplicateScore(double Score, IReadOnlyList<string> Evidence);

/// <summary>
/// Text similarity (IDF-weighted Jaccard over content words) plus agreement of extracted entities. Conflicting
/// entities weigh heavily against a link, because the hard negatives read alike: same unit and category, same
/// wording, but another market, another amount, another officer.
/// </summary>
public static class DuplicateScorer
{
    public const double LinkThreshold = 0.55;
    static readonly TimeSpan SameIncidentWindow = TimeSpan.FromDays(75);
    static readonly TimeSpan LongestIncident = TimeSpan.FromDays(240);

    /// <summary>Smoothed inverse document frequency: a word every complaint uses ("เจ้าหน้าที่") says little about which incident.</summary>
    public static double Idf(long documents, long containing) => Math.Log((documents + 2.0) / (containing + 1.0));

    /// <summary>The score alone: the index scores many candidates and explains only the one it links to.</summary>
    public static double Score(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf) => Compute(a, b, idf, null);

    public static DuplicateScore Explain(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf)
    {
        var evidence = new List<string>();
        return new DuplicateScore(Compute(a, b, idf, evidence), evidence);
    }

    static double Compute(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf, List<string>? evidence)
    {
        var text = WeightedJaccard(a.WordIds, b.WordIds, idf);
        var score = 1.6 * text;
        evidence?.Add($"text {text:0.00}");

        var x = a.Source;
        var y = b.Source;
        score += Agreement(x.Identifiers, y.Identifiers, 0.8, 0, "identifier", evidence);
        score += Agreement(x.Officials, y.Officials, 0.35, -0.2, "official", evidence);
        score += Agreement(x.Places, y.Places, 0.3, -0.45, "place", evidence);
        score += Agreement(x.Amounts, y.Amounts, 0.2, -0.25, "amount", evidence);

        if (x.Unit != "UNKNOWN" && y.Unit != "UNKNOWN")
        {
            score += x.Unit == y.Unit ? 0.15 : -0.6;
            evidence?.Add(x.Unit == y.Unit ? "same unit " + x.Unit : $"unit {x.Unit} ≠ {y.Unit}");
        }

        score += x.Category == y.Category ? 0.1 : -0.3;
        evidence?.Add(x.Category == y.Category ? "same category " + x.Category : $"category {x.Category} ≠ {y.Category}");

        if (x.ReporterKey is not null && x.ReporterKey == y.ReporterKey)
        {
            score += 0.2;
            evidence?.Add("same reporter");
        }

        var apart = (x.ReceivedAt - y.ReceivedAt).Duration();
        if (apart > LongestIncident)
        {
            score -= 1;
        }
        else if (apart > SameIncidentWindow)
        {
            score -= 0.3;
        }

        evidence?.Add($"{apart.TotalDays:0} days apart");
        return score;
    }

    static double Agreement<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, double shared, double conflict, string what, List<string>? evidence)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Where(b.Contains).ToList();
        if (common.Count > 0)
        {
            evidence?.Add($"same {what}: {string.Join(", ", common)}");
            return shared;
        }

        evidence?.Add($"different {what}");
        return conflict;
    }

    static double WeightedJaccard(int[] a, int[] b, Func<int, double> idf)
    {
        double both = 0, either = 0;
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                either += idf(a[i++]);
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                either += idf(b[j++]);
            }
            else
            {
                var w = idf(a[i]);
                both += w;
                either += w;
                i++;
                j++;
            }
        }

        return either == 0 ? 0 : both / either;
    }
}
