namespace Hub.Publisher.Statistics;

/// <summary>
/// A fiscal year's ITA statistics up to the publication date. Reconciles:
/// <c>InProgress = CarriedOver + Received − Concluded</c>, for the year and for every month's running total.
/// </summary>
public sealed record FiscalYearStatistics(
    int FiscalYear,
    DateTimeOffset GeneratedAt,
    int CarriedOver,
    int Received,
    int Concluded,
    int InProgress,
    IReadOnlyList<MonthStatistics> Months);
