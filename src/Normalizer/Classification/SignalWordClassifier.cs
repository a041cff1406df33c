namespace Hub.Normalizer.Classification;

/// <summary>The category and the signals that decided it.</summary>
public sealed record CategoryDecision(string Category, bool IsCorruption, IReadOnlyList<string> Signals);

/// <summary>
/// PLACEHOLDER (walking skeleton): picks the category whose taxonomy signal words occur most often in the
/// canonical text. The normalizer-intelligence issue replaces it with a measured classifier.
/// </summary>
public static class SignalWordClassifier
{
    public static CategoryDecision Classify(string canonicalText)
    {
        var best = Taxonomy.Categories
            .Where(c => c.Code != Taxonomy.NotCorruption)
            .Select(c => (c.Code, Hits: c.Signals.Where(s => canonicalText.Contains(s, StringComparison.Ordinal)).ToList()))
            .Where(c => c.Hits.Count > 0)
            .OrderByDescending(c => c.Hits.Count)
            .FirstOrDefault();
        return best.Code is null
            ? new CategoryDecision(Taxonomy.NotCorruption, false, [])
            : new CategoryDecision(best.Code, true, best.Hits);
    }
}
