using Hub.Publisher.Statistics;

namespace Hub.Tests.Statistics;

public class StatisticsCalculatorTests
{
    static DateTime Bangkok(int y, int m, int d, int h = 12) => new DateTimeOffset(y, m, d, h, 0, 0, TimeSpan.FromHours(7)).UtcDateTime;

    [Fact]
    public void Counts_reconcile_and_empty_months_say_none()
    {
        var now = new DateTimeOffset(2026, 12, 20, 12, 0, 0, TimeSpan.FromHours(7));
        CaseFacts[] cases =
        [
            CaseFacts.Dates(Bangkok(2026, 9, 10), null),                      // carried over, still open
            CaseFacts.Dates(Bangkok(2026, 9, 11), Bangkok(2026, 10, 5)),       // carried over, concluded in October
            CaseFacts.Dates(Bangkok(2026, 11, 1, 0), null),                    // first hour of November in Bangkok (still October 31 in UTC)
            CaseFacts.Dates(Bangkok(2026, 11, 3), Bangkok(2026, 12, 1)),
            CaseFacts.Dates(Bangkok(2026, 12, 2), null),
        ];

        var stats = StatisticsCalculator.Calculate(cases, now);

        Assert.Equal(2570, stats.FiscalYear);
        Assert.Equal(2, stats.CarriedOver);
        Assert.Equal(3, stats.Months.Count);
        Assert.Equal((0, 1, 1), (stats.Months[0].Received, stats.Months[0].Concluded, stats.Months[0].InProgress));
        Assert.True(stats.Months[0].NoComplaints);
        Assert.Equal((2, 0, 3), (stats.Months[1].Received, stats.Months[1].Concluded, stats.Months[1].InProgress));
        Assert.Equal((1, 1, 3), (stats.Months[2].Received, stats.Months[2].Concluded, stats.Months[2].InProgress));
        Assert.Equal(stats.CarriedOver + stats.Received - stats.Concluded, stats.InProgress);
        Assert.Equal(stats.Months[^1].InProgress, stats.InProgress);
    }
}
