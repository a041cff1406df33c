namespace Hub.Publisher.Statistics;

/// <summary>
/// A fiscal year's ITA statistics up to the publication date (or the year's end, for a past year). Reconciles:
/// <c>InProgress = CarriedOver + Received − Concluded</c>, for the year and for every month's running total.
/// </summary>
public sealed record FiscalYearStatistics(
    int FiscalYear,
    DateTimeOffset GeneratedAt,
    int CarriedOver,
    int Received,
    int Concluded,
    int InProgress,
    IReadOnlyList<MonthStatistics> Months)
{
    public IReadOnlyList<QuarterStatistics> Quarters { get; init; } = [];

    /// <summary>Raw breakdowns; only <see cref="Disclosure"/> output may be published.</summary>
    public IReadOnlyList<Breakdown> Breakdowns { get; init; } = [];

    /// <summary>Median calendar days from opening to conclusion of the cases concluded in the year; null when none.</summary>
    public double? MedianDaysToConclusion { get; init; }

    public bool Complete { get; init; }
}
