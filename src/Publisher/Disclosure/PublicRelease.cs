using Hub.Publisher.Statistics;

namespace Hub.Publisher.Disclosure;

/// <summary>
/// Everything one fiscal year's pages and files may show. Built only by <see cref="DisclosureControl"/>; the site
/// renders from this alone, so it cannot reach an unprotected count.
/// </summary>
public sealed record PublicRelease(FiscalYearStatistics Ita, IReadOnlyList<PublishedBreakdown> Breakdowns, double? MedianDaysToConclusion, int MinimumCellCount);

public static class DisclosureControl
{
    /// <summary>
    /// The ITA totals, months and quarters are always shown (SDC-5); breakdowns pass through <see cref="CellSuppressor"/>
    /// against what the previous release of the same year showed; the median needs at least k concluded cases.
    /// </summary>
    public static PublicRelease Apply(FiscalYearStatistics stats, int k, IReadOnlyList<PublishedBreakdown>? previous)
    {
        var breakdowns = stats.Breakdowns
            .Select(b => CellSuppressor.Protect(b, k, previous?.FirstOrDefault(p => p.Key == b.Key)))
            .ToList();
        var concluded = stats.Concluded;
        return new PublicRelease(stats with { Breakdowns = [] }, breakdowns, concluded >= k ? stats.MedianDaysToConclusion : null, k);
    }
}
