namespace Hub.CaseStore.Cases;

/// <summary>
/// Thai government fiscal year: 1 October to 30 September, named by the Buddhist-Era year it ends in
/// (regulation.md §0). The date that counts is the Asia/Bangkok calendar date.
/// </summary>
public readonly record struct FiscalYear(int BuddhistYear)
{
    const int BuddhistEraOffset = 543;

    public static TimeZoneInfo Bangkok { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    public int GregorianEndYear => BuddhistYear - BuddhistEraOffset;

    /// <summary>First instant of the fiscal year (1 Oct 00:00 Bangkok), in UTC.</summary>
    public DateTime StartUtc => BangkokMidnightUtc(GregorianEndYear - 1, 10, 1);

    /// <summary>First instant after the fiscal year, in UTC.</summary>
    public DateTime EndUtc => BangkokMidnightUtc(GregorianEndYear, 10, 1);

    public static FiscalYear Of(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Bangkok);
        var endYear = local.Month >= 10 ? local.Year + 1 : local.Year;
        return new FiscalYear(endYear + BuddhistEraOffset);
    }

    /// <summary>The fiscal year's months in order, October first, as (year, month) in the Gregorian calendar.</summary>
    public IEnumerable<(int Year, int Month)> Months()
    {
        for (var i = 0; i < 12; i++)
        {
            var month = (9 + i) % 12 + 1;
            yield return (month >= 10 ? GregorianEndYear - 1 : GregorianEndYear, month);
        }
    }

    public static DateTime BangkokMidnightUtc(int year, int month, int day) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), Bangkok);

    public override string ToString() => BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
