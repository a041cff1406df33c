using Hub.CaseStore.Cases;

namespace Hub.Tests.Cases;

public class FiscalYearTests
{
    [Theory]
    // 30 Sep 2026 23:59 in Bangkok is still FY 2569; 1 Oct 00:00 Bangkok (= 30 Sep 17:00 UTC) starts FY 2570.
    [InlineData("2026-09-30T16:59:59Z", 2569)]
    [InlineData("2026-09-30T17:00:00Z", 2570)]
    [InlineData("2026-01-15T00:00:00Z", 2569)]
    [InlineData("2025-10-01T00:00:00+07:00", 2569)]
    public void The_year_is_named_by_the_buddhist_year_it_ends_in_on_the_bangkok_date(string instant, int expected) =>
        Assert.Equal(expected, FiscalYear.Of(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).BuddhistYear);

    [Fact]
    public void A_year_runs_from_october_to_september()
    {
        var year = new FiscalYear(2570);
        Assert.Equal(new DateTime(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc), year.StartUtc);
        Assert.Equal(new DateTime(2027, 9, 30, 17, 0, 0, DateTimeKind.Utc), year.EndUtc);
        Assert.Equal((2026, 10), year.Months().First());
        Assert.Equal((2027, 9), year.Months().Last());
        Assert.Equal(12, year.Months().Count());
    }

    [Fact]
    public void Case_numbers_carry_the_year_and_a_six_digit_sequence() =>
        Assert.Equal("2570-000042", CaseNumber.Format(new FiscalYear(2570), 42));
}
