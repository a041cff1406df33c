namespace Hub.Normalizer.Classification;

/// <summary>The category and the signals that decided it.</summary>
public sealed record CategoryDecision(string Category, bool IsCorruption, IReadOnlyList<string> Signals);

/// <summary>
/// Weighs the Thai cue phrases of each taxonomy category (Classification/Data/category-cues.csv). A complaint is
/// about corruption as soon as any corruption category has modest evidence, because a corruption complaint sent to a
/// general service channel exposes its reporter: recall matters more than precision here.
/// </summary>
public static class CategoryClassifier
{
    /// <summary>Evidence at which a complaint counts as corruption even when it also reads like a service request.</summary>
    const double CertainCorruption = 3.0;

    /// <summary>Below this the corruption cues are too weak to outweigh nothing at all.</summary>
    const double MinimumCorruption = 1.5;

    const int StrongestCues = 3;

    static readonly WeightedCues Cues = WeightedCues.Load("category-cues.csv");

    public static CategoryDecision Classify(string canonicalText)
    {
        var found = Cues.FoundIn(WeightedCues.Compact(canonicalText));
        // the three strongest cues only: a long formal letter repeats procurement words without being more about procurement
        var scores = found.GroupBy(c => c.Target).ToDictionary(g => g.Key, g => g.Select(c => c.Weight).OrderDescending().Take(StrongestCues).Sum());
        var service = scores.GetValueOrDefault(Taxonomy.NotCorruption);
        var best = scores.Where(s => s.Key != Taxonomy.NotCorruption)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => Taxonomy.Priority(s.Key))
            .FirstOrDefault();
        var corrupt = best.Key is not null && (best.Value >= CertainCorruption || (best.Value >= MinimumCorruption && best.Value >= service));
        var category = corrupt ? best.Key! : Taxonomy.NotCorruption;
        var signals = found.Where(c => c.Target == category).Select(c => $"{c.Target}: {c.Phrase}").ToList();
        return new CategoryDecision(category, corrupt, signals);
    }
}
