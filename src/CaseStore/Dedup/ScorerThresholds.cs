using Hub.CaseStore.Cases;
using Hub.Normalizer.Dedup;

namespace Hub.CaseStore.Dedup;

/// <summary>
/// The live linker's scorer: the shipped learned model, with the link and suggestion thresholds an operator set in
/// <c>Hub:CaseStore</c> (the model stays the same). Training may choose one threshold for both, and then nothing is ever
/// only suggested; a lower suggestion threshold gives staff the near misses to decide.
/// </summary>
public static class ScorerThresholds
{
    public static DuplicateScorer Apply(DuplicateScorer shipped, CaseIntakeOptions options)
    {
        if (options.LinkThreshold is null && options.SuggestThreshold is null)
        {
            return shipped;
        }

        var link = options.LinkThreshold ?? shipped.LinkThreshold;
        return shipped.WithThresholds(link, options.SuggestThreshold ?? shipped.SuggestThreshold);
    }
}
