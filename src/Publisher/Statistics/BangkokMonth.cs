using Hub.CaseStore.Cases;

namespace Hub.Publisher.Statistics;

/// <summary>
/// A Bangkok calendar month as the number <c>yyyymm</c>, so SQL can group by it and both sides can compare it.
/// Every statistics boundary (fiscal year, month) is a Bangkok month start, so the month of an instant is all the
/// month and year counts need to know about it.
/// </summary>
public static class BangkokMonth
{
    /// <summary>Bangkok has been UTC+7 without daylight saving since 1920; a fixed offset is what the SQL uses too.</summary>
    static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static int Of(DateTime utc)
    {
        var local = utc + Offset;
        return local.Year * 100 + local.Month;
    }

    public static int Of(int year, int month) => year * 100 + month;

    /// <summary>The Gregorian year a fiscal year ends in: October to December belong to the next one (<c>+ 90</c> carries them over).</summary>
    public static int FiscalEndYear(int month) => (month + 90) / 100;

    public static FiscalYear FiscalYearOf(int month) => FiscalYear.Of(FiscalYear.BangkokMidnightUtc(month / 100, month % 100, 1));

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int Between(int from, int to) => (to / 100 - from / 100) * 12 + to % 100 - from % 100;
}
