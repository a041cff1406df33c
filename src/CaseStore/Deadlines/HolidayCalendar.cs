using System.Globalization;

namespace Hub.CaseStore.Deadlines;

/// <summary>Thai working days: Monday to Friday except the public holidays in the calendar file.</summary>
public sealed class HolidayCalendar
{
    readonly HashSet<DateOnly> holidays;

    public HolidayCalendar(IEnumerable<DateOnly> holidays) => this.holidays = [.. holidays];

    /// <summary>The embedded calendar, or the file an operator put at <paramref name="path"/> to update it without a rebuild.</summary>
    public static HolidayCalendar Load(string? path)
    {
        using var reader = path is { Length: > 0 }
            ? new StreamReader(path)
            : new StreamReader(typeof(HolidayCalendar).Assembly.GetManifestResourceStream("Hub.CaseStore.Deadlines.thai-public-holidays.csv")!);
        return Parse(reader, path ?? "embedded thai-public-holidays.csv");
    }

    public static HolidayCalendar Parse(TextReader reader, string source)
    {
        var dates = new List<DateOnly>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line == 1 || text.StartsWith('#') || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var date = text.Split(',')[0];
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new FormatException($"{source} line {line}: '{date}' is not a yyyy-MM-dd date.");
            }

            dates.Add(day);
        }

        return new HolidayCalendar(dates);
    }

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    public DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Cases.FiscalYear.Bangkok));
}
