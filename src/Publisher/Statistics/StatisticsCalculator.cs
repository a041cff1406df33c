using Hub.CaseStore.Cases;

namespace Hub.Publisher.Statistics;

/// <summary>
/// Counts cases (incidents, not raw complaints: duplicates are linked into one case) by Bangkok calendar month.
/// Received: opened in the month. Concluded: concluded in the month. In progress: opened by the month's end and
/// not concluded by then.
/// </summary>
public static class StatisticsCalculator
{
    static readonly string[] ThaiMonths =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    /// <summary>The statistics of <paramref name="year"/> (default: the year of <paramref name="now"/>) as known at <paramref name="now"/>.</summary>
    public static FiscalYearStatistics Calculate(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset now, FiscalYear? year = null)
    {
        var fiscalYear = year ?? FiscalYear.Of(now);
        var start = fiscalYear.StartUtc;
        var cutoff = now.UtcDateTime < fiscalYear.EndUtc ? now.UtcDateTime : fiscalYear.EndUtc;
        var months = new List<MonthStatistics>();
        foreach (var (y, m) in fiscalYear.Months())
        {
            var monthStart = FiscalYear.BangkokMidnightUtc(y, m, 1);
            if (monthStart > cutoff)
            {
                break;
            }

            var monthEnd = MonthEnd(y, m);
            var received = cases.Count(c => c.OpenedUtc >= monthStart && c.OpenedUtc < monthEnd);
            var concluded = cases.Count(c => c.ConcludedUtc >= monthStart && c.ConcludedUtc < monthEnd);
            var inProgress = cases.Count(c => c.OpenedUtc < monthEnd && !(c.ConcludedUtc < monthEnd));
            months.Add(new MonthStatistics(y, m, $"{ThaiMonths[m - 1]} {y + 543}", received, concluded, inProgress));
        }

        var carriedOver = cases.Count(c => c.OpenedUtc < start && !(c.ConcludedUtc < start));
        var receivedTotal = months.Sum(m => m.Received);
        var concludedTotal = months.Sum(m => m.Concluded);
        var receivedThisYear = cases.Where(c => c.OpenedUtc >= start && c.OpenedUtc < cutoff).ToList();
        return new FiscalYearStatistics(fiscalYear.BuddhistYear, now, carriedOver, receivedTotal, concludedTotal,
            carriedOver + receivedTotal - concludedTotal, months)
        {
            Quarters = Quarters(months, fiscalYear, cutoff),
            Breakdowns = BreakdownCalculator.Of(receivedThisYear),
            MedianDaysToConclusion = Median(cases.Where(c => c.ConcludedUtc >= start && c.ConcludedUtc < cutoff)
                .Select(c => (c.ConcludedUtc!.Value - c.OpenedUtc).TotalDays).ToList()),
            Complete = cutoff == fiscalYear.EndUtc,
        };
    }

    static DateTime MonthEnd(int year, int month) =>
        month == 12 ? FiscalYear.BangkokMidnightUtc(year + 1, 1, 1) : FiscalYear.BangkokMidnightUtc(year, month + 1, 1);

    static List<QuarterStatistics> Quarters(List<MonthStatistics> months, FiscalYear year, DateTime cutoff) =>
        months.Select((m, i) => (Month: m, Quarter: i / 3 + 1))
            .GroupBy(x => x.Quarter, x => x.Month)
            .Select(q =>
            {
                var last = q.Last();
                var complete = q.Count() == 3 && MonthEnd(last.Year, last.Month) <= cutoff;
                return new QuarterStatistics(q.Key, $"ไตรมาส {q.Key}/{year.BuddhistYear}", q.Sum(m => m.Received), q.Sum(m => m.Concluded),
                    last.InProgress, complete);
            })
            .ToList();

    static double? Median(List<double> days)
    {
        if (days.Count == 0)
        {
            return null;
        }

        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return Math.Round(median, 1);
    }
}
