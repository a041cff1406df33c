using System.Security.Claims;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff.Reports;

/// <summary>One case in a unit's monthly report: what the unit must account for, never who reported it.</summary>
public sealed record MonthlyReportRow(
    string Number,
    DateOnly Opened,
    string Category,
    CaseStatus Status,
    string? Unit,
    DateOnly? Concluded,
    DateOnly ReporterInformedDue,
    DateOnly? InquiryDue,
    DateOnly? InvestigationDue,
    bool Overdue);

/// <summary>
/// The cases opened in one Bangkok calendar month, within what the user may see (a unit's staff only their unit),
/// optionally narrowed to one unit. Identities and complaint text are never part of it.
/// </summary>
public sealed class MonthlyReport(HubDbContext db, HolidayCalendar calendar, TimeProvider clock)
{
    public static bool TryParseMonth(string? value, out DateOnly month)
    {
        month = default;
        // A bounded year: 9999-12 would overflow the month after it (a 500), and no case is older than Hub.
        return DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out month)
            && month.Year is >= 1990 and <= 2200;
    }

    public async Task<IReadOnlyList<MonthlyReportRow>> RowsAsync(ClaimsPrincipal user, DateOnly month, string? unit, CancellationToken cancellationToken)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(month.ToDateTime(TimeOnly.MinValue), FiscalYear.Bangkok);
        var end = TimeZoneInfo.ConvertTimeToUtc(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), FiscalYear.Bangkok);
        var query = db.Cases.Visible(user).Where(c => c.OpenedAtUtc >= start && c.OpenedAtUtc < end);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var code = unit.Trim();
            query = query.Where(c => c.UnitCode == code);
        }

        var cases = await query.Include(c => c.Events).AsSplitQuery().OrderBy(c => c.OpenedAtUtc).ToListAsync(cancellationToken);
        var today = HolidayCalendar.LocalDate(clock.GetUtcNow().UtcDateTime);
        return cases.Select(c =>
        {
            var clocks = CaseClocks.Of(c, calendar);
            DateOnly? Due(params StatutoryClock[] which) => clocks.FirstOrDefault(s => which.Contains(s.Clock))?.Due;
            return new MonthlyReportRow(
                c.Number,
                HolidayCalendar.LocalDate(c.OpenedAtUtc),
                c.Category,
                c.Status,
                c.UnitCode,
                c.ConcludedAtUtc is { } concluded ? HolidayCalendar.LocalDate(concluded) : null,
                Due(StatutoryClock.ReporterInformed)!.Value,
                Due(StatutoryClock.PreliminaryInquiry),
                Due(StatutoryClock.MinorInvestigation, StatutoryClock.SeriousInvestigation),
                clocks.Any(s => s.IsOverdue(today)));
        }).ToList();
    }
}
