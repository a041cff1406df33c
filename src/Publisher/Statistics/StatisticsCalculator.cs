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

    public static FiscalYearStatistics Calculate(IReadOnlyCollection<(DateTime OpenedUtc, DateTime? ConcludedUtc)> cases, DateTimeOffset now)
    {
        var year = FiscalYear.Of(now);
        var start = year.StartUtc;
        var months = new List<MonthStatistics>();
        foreach (var (y, m) in year.Months())
        {
            var monthStart = FiscalYear.BangkokMidnightUtc(y, m, 1);
            if (monthStart > now.UtcDateTime)
            {
                break;
            }

            var monthEnd = m == 12 ? FiscalYear.BangkokMidnightUtc(y + 1, 1, 1) : FiscalYear.BangkokMidnightUtc(y, m + 1, 1);
            var received = cases.Count(c => c.OpenedUtc >= monthStart && c.OpenedUtc < monthEnd);
            var concluded = cases.Count(c => c.ConcludedUtc >= monthStart && c.ConcludedUtc < monthEnd);
            var inProgress = cases.Count(c => c.OpenedUtc < monthEnd && !(c.ConcludedUtc < monthEnd));
            months.Add(new MonthStatistics(y, m, $"{ThaiMonths[m - 1]} {y + 543}", received, concluded, inProgress));
        }

        var carriedOver = cases.Count(c => c.OpenedUtc < start && !(c.ConcludedUtc < start));
        var receivedTotal = months.Sum(m => m.Received);
        var concludedTotal = months.Sum(m => m.Concluded);
        return new FiscalYearStatistics(year.BuddhistYear, now, carriedOver, receivedTotal, concludedTotal,
            carriedOver + receivedTotal - concludedTotal, months);
    }
}
