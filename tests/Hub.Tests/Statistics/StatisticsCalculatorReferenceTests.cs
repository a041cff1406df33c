using Hub.CaseStore.Cases;
using Hub.Publisher.Statistics;

namespace Hub.Tests.Statistics;

/// <summary>
/// The one-pass calculator against the definitions counted the slow, obvious way (a scan per month per measure),
/// on random cases that straddle month, year and Bangkok-midnight boundaries.
/// </summary>
public class StatisticsCalculatorReferenceTests
{
    static readonly string[] Categories = ["BRIBERY", "PERMIT", ""];
    static readonly string[] Units = ["D1001", "D1002", ""];
    static readonly string[] Channels = ["webform", "line", "email", "fax"];

    [Fact]
    public void One_pass_counts_equal_a_scan_per_month()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var facts = RandomCases(random);
            var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)).AddHours(random.Next(0, 24 * 500));
            for (var year = FiscalYear.Of(now).BuddhistYear - 2; year <= FiscalYear.Of(now).BuddhistYear; year++)
            {
                var fast = StatisticsCalculator.Calculate(facts, now, new FiscalYear(year));
                var expected = Reference(facts, now, new FiscalYear(year));

                Assert.Equal(expected.Months, fast.Months.Select(m => (m.Year, m.Month, m.Received, m.Concluded, m.InProgress)).ToList());
                Assert.Equal(expected.CarriedOver, fast.CarriedOver);
                Assert.Equal(expected.Median, fast.MedianDaysToConclusion);
                Assert.Equal(expected.Breakdowns, fast.Breakdowns.SelectMany(b => b.Cells.Select(c => (b.Key, c.Key, c.Count))).ToList());
            }
        }
    }

    static List<CaseFacts> RandomCases(Random random)
    {
        var origin = new DateTime(2023, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, random.Next(0, 400)).Select(_ =>
        {
            // Whole hours from a UTC midnight land exactly on Bangkok month boundaries (17:00 UTC) now and then.
            var opened = origin.AddHours(random.Next(0, 24 * 1200));
            DateTime? concluded = random.Next(3) switch
            {
                0 => null,
                1 => opened.AddHours(random.Next(0, 24 * 200)),
                _ => opened.AddHours(-random.Next(0, 24 * 10)), // bad data: concluded before opened still counts consistently
            };
            var channels = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Channels[random.Next(Channels.Length)]).ToList();
            return new CaseFacts(opened, concluded, Categories[random.Next(Categories.Length)], Units[random.Next(Units.Length)], channels);
        }).ToList();
    }

    static (List<(int, int, int, int, int)> Months, int CarriedOver, double? Median, List<(string, string, int)> Breakdowns) Reference(
        List<CaseFacts> cases, DateTimeOffset now, FiscalYear year)
    {
        var start = year.StartUtc;
        var cutoff = now.UtcDateTime < year.EndUtc ? now.UtcDateTime : year.EndUtc;
        var months = new List<(int, int, int, int, int)>();
        foreach (var (y, m) in year.Months())
        {
            var monthStart = FiscalYear.BangkokMidnightUtc(y, m, 1);
            if (monthStart > cutoff)
            {
                break;
            }

            var monthEnd = m == 12 ? FiscalYear.BangkokMidnightUtc(y + 1, 1, 1) : FiscalYear.BangkokMidnightUtc(y, m + 1, 1);
            months.Add((y, m,
                cases.Count(c => c.OpenedUtc >= monthStart && c.OpenedUtc < monthEnd),
                cases.Count(c => c.ConcludedUtc >= monthStart && c.ConcludedUtc < monthEnd),
                cases.Count(c => c.OpenedUtc < monthEnd && !(c.ConcludedUtc < monthEnd))));
        }

        var days = cases.Where(c => c.ConcludedUtc >= start && c.ConcludedUtc < cutoff).Select(c => (c.ConcludedUtc!.Value - c.OpenedUtc).TotalDays)
            .Order().ToList();
        double? median = days.Count == 0 ? null
            : Math.Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2, 1);
        var received = cases.Where(c => c.OpenedUtc >= start && c.OpenedUtc < cutoff).ToList();
        var tallies = CaseTallies.Of(received, DateTimeOffset.MaxValue);
        var breakdowns = BreakdownCalculator.Of(tallies.Received, tallies.Channels).SelectMany(b => b.Cells.Select(c => (b.Key, c.Key, c.Count))).ToList();
        return (months, cases.Count(c => c.OpenedUtc < start && !(c.ConcludedUtc < start)), median, breakdowns);
    }
}
