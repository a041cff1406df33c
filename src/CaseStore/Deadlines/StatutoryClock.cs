namespace Hub.CaseStore.Deadlines;

public enum DayCount
{
    Calendar,
    Business,
}

/// <summary>One statutory time limit: how long, counted how, and the regulation it comes from.</summary>
public sealed record StatutoryClock(string Code, string NameTh, string NameEn, int Days, DayCount Count, string Source)
{
    public static readonly StatutoryClock ReporterInformed = new("reporter-informed", "แจ้งผู้ร้องเรียน", "Reporter informed", 15, DayCount.Calendar, "TL-1");
    public static readonly StatutoryClock PreliminaryInquiry = new("preliminary-inquiry", "สืบสวนข้อเท็จจริง", "Preliminary inquiry", 45, DayCount.Calendar, "BMA-5 (ข้อ 7)");
    public static readonly StatutoryClock MinorInvestigation = new("minor-investigation", "พิจารณาวินัยไม่ร้ายแรง", "Minor case", 45, DayCount.Calendar, "BMA-6 (ข้อ 10)");
    public static readonly StatutoryClock SeriousInvestigation = new("serious-investigation", "สอบสวนวินัยร้ายแรง", "Serious case", 120, DayCount.Calendar, "BMA-7 (ข้อ 61)");

    /// <summary>Each extension of a serious case is at most this long; past the total, the appointing authority reports to ก.ก.</summary>
    public const int MaxExtensionDays = 60;
    public const int SeriousReportThresholdDays = 180;

    /// <summary>
    /// The last day (Bangkok date) to act. The start day is not counted; when a calendar count ends on a weekend or
    /// public holiday the limit moves to the next working day (Civil and Commercial Code s.193/3, s.193/8).
    /// </summary>
    public DateOnly DueDate(DateTime startedUtc, int extensionDays, HolidayCalendar calendar)
    {
        var day = HolidayCalendar.LocalDate(startedUtc);
        var total = Days + extensionDays;
        if (Count == DayCount.Calendar)
        {
            return calendar.NextWorkingDay(day.AddDays(total));
        }

        for (var counted = 0; counted < total;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
