using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;

namespace Hub.Tests.Deadlines;

public class StatutoryClockTests
{
    static readonly HolidayCalendar Calendar = HolidayCalendar.Load(null);

    static DateTime Bangkok(int y, int m, int d, int hour = 10) => new DateTime(y, m, d, hour, 0, 0, DateTimeKind.Utc).AddHours(-7);

    [Fact]
    public void A_calendar_limit_ending_in_songkran_moves_to_the_next_working_day()
    {
        // 30 Mar 2026 + 15 days = Tue 14 Apr (Songkran 13–15 Apr) → Thu 16 Apr.
        Assert.Equal(new DateOnly(2026, 4, 16), StatutoryClock.ReporterInformed.DueDate(Bangkok(2026, 3, 30), 0, Calendar));
    }

    [Fact]
    public void A_preliminary_inquiry_runs_across_the_fiscal_year_boundary_without_resetting()
    {
        // Assigned Thu 10 Sep 2026 (FY 2569); 45 days = Sun 25 Oct 2026 (FY 2570) → Mon 26 Oct.
        var due = StatutoryClock.PreliminaryInquiry.DueDate(Bangkok(2026, 9, 10), 0, Calendar);
        Assert.Equal(new DateOnly(2026, 10, 26), due);
        Assert.NotEqual(FiscalYear.Of(new DateTimeOffset(Bangkok(2026, 9, 10))).BuddhistYear, FiscalYear.Of(new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).BuddhistYear);
    }

    [Fact]
    public void The_start_day_is_the_bangkok_date_not_the_utc_date()
    {
        // 30 Sep 2026 18:00 UTC is already 1 Oct in Bangkok: 1 Oct + 15 = Fri 16 Oct.
        var lateEvening = new DateTime(2026, 9, 30, 18, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 10, 16), StatutoryClock.ReporterInformed.DueDate(lateEvening, 0, Calendar));
    }

    [Fact]
    public void Business_days_skip_weekends_and_public_holidays()
    {
        var tenWorkingDays = new StatutoryClock("test", "ทดสอบ", "Test", 10, DayCount.Business, "test");
        // From Thu 9 Apr 2026: Fri 10, (Songkran 13–15), 16, 17, 20, 21, 22, 23, 24, 27, 28.
        Assert.Equal(new DateOnly(2026, 4, 28), tenWorkingDays.DueDate(Bangkok(2026, 4, 9), 0, Calendar));
    }

    [Fact]
    public void A_serious_case_extension_adds_to_the_120_days()
    {
        var start = Bangkok(2026, 1, 5);
        var plain = StatutoryClock.SeriousInvestigation.DueDate(start, 0, Calendar);
        var extended = StatutoryClock.SeriousInvestigation.DueDate(start, 60, Calendar);
        Assert.Equal(new DateOnly(2026, 7, 6), extended); // 180 days = Sat 4 Jul → Mon 6 Jul
        Assert.Equal(new DateOnly(2026, 5, 5), plain);
    }

    [Fact]
    public void An_updated_holiday_file_replaces_the_embedded_one_and_a_bad_date_is_named()
    {
        var custom = HolidayCalendar.Parse(new StringReader("date,name_th,name_en\n2026-04-16,วันหยุดพิเศษ,Special\n"), "test.csv");
        Assert.False(custom.IsWorkingDay(new DateOnly(2026, 4, 16)));
        Assert.True(custom.IsWorkingDay(new DateOnly(2026, 4, 14)));
        var error = Assert.Throws<FormatException>(() => HolidayCalendar.Parse(new StringReader("date\n16/04/2026,x,y\n"), "test.csv"));
        Assert.Contains("test.csv line 2", error.Message, StringComparison.Ordinal);
    }
}
