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
    public static FiscalYearStatistics Calculate(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset now, FiscalYear? year = null) =>
        Calculate(CaseTallies.Of(cases, now), now, year);

    /// <summary>The same from tallies taken at <paramref name="now"/>.</summary>
    /// <remarks>
    /// Each tally is placed into a month bucket once, and the running counts are prefix sums over the buckets. A case
    /// counts as in progress at a month's end when it was opened before it and not concluded before it, i.e. (opened
    /// before) minus (opened and concluded before) — the latter is "the later of the two months is before".
    /// </remarks>
    public static FiscalYearStatistics Calculate(CaseTallies tallies, DateTimeOffset now, FiscalYear? year = null)
    {
        var fiscalYear = year ?? FiscalYear.Of(now);
        var cutoff = now.UtcDateTime < fiscalYear.EndUtc ? now.UtcDateTime : fiscalYear.EndUtc;
        var published = fiscalYear.Months().TakeWhile(m => FiscalYear.BangkokMidnightUtc(m.Year, m.Month, 1) <= cutoff).ToList();
        var buckets = new MonthBuckets(BangkokMonth.Of(fiscalYear.GregorianEndYear - 1, 10), published.Count);
        var opened = new int[buckets.Count];
        var concluded = new int[buckets.Count];
        var closed = new int[buckets.Count];
        foreach (var t in tallies.Months)
        {
            opened[buckets.Of(t.Opened)] += t.Cases;
            if (t.Concluded is { } at)
            {
                concluded[buckets.Of(at)] += t.Cases;
                closed[buckets.Of(Math.Max(at, t.Opened))] += t.Cases;
            }
        }

        var months = new List<MonthStatistics>(buckets.Months);
        int openedBefore = opened[0], closedBefore = closed[0];
        for (var i = 0; i < buckets.Months; i++)
        {
            var (y, m) = published[i];
            openedBefore += opened[i + 1];
            closedBefore += closed[i + 1];
            months.Add(new MonthStatistics(y, m, $"{ThaiMonths[m - 1]} {y + 543}", opened[i + 1], concluded[i + 1], openedBefore - closedBefore));
        }

        var carriedOver = opened[0] - closed[0];
        var receivedTotal = months.Sum(m => m.Received);
        var concludedTotal = months.Sum(m => m.Concluded);
        var end = fiscalYear.GregorianEndYear;
        return new FiscalYearStatistics(fiscalYear.BuddhistYear, now, carriedOver, receivedTotal, concludedTotal,
            carriedOver + receivedTotal - concludedTotal, months)
        {
            Quarters = Quarters(months, fiscalYear, cutoff),
            // Tallies before now in this fiscal year are exactly those before the cutoff.
            Breakdowns = BreakdownCalculator.Of(
                tallies.Received.Where(t => BangkokMonth.FiscalEndYear(t.Opened) == end).ToList(),
                tallies.Channels.Where(t => BangkokMonth.FiscalEndYear(t.Opened) == end).ToList()),
            MedianDaysToConclusion = tallies.Medians.Where(d => d.FiscalEndYear == end).Select(d => (double?)d.Days).SingleOrDefault(),
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
}
