using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff.Reports;

/// <summary>The monthly report page and its downloads; scoped like the inbox, and every export is on the audit chain.</summary>
public static class ReportEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder staff)
    {
        var reports = staff.MapGroup("/reports").RequireAuthorization(StaffPolicies.Cases);
        reports.MapGet("/", (HttpContext http, TimeProvider clock) =>
        {
            var month = HolidayMonth(clock);
            return Page(http, "รายงานประจำเดือน / Monthly report", $"""
                <form method="get" action="/staff/reports/monthly">
                  <label>เดือน (ปี ค.ศ.-เดือน) / Month (yyyy-MM) <input name="month" value="{E(month)}" pattern="[0-9]{"{4}"}-[0-9]{"{2}"}" required></label>
                  <label>หน่วยงาน (เว้นว่างได้) / Unit (optional) <input name="unit"></label>
                  <label>รูปแบบ / Format <select name="format"><option value="xlsx">Excel (.xlsx)</option><option value="csv">CSV</option></select></label>
                  <button id="export">ดาวน์โหลด / Download</button>
                </form>
                """);
        });
        reports.MapGet("/monthly", async (HttpContext http, MonthlyReport report, AuditLog audit, string? month, string? unit, string? format, CancellationToken ct) =>
        {
            if (!MonthlyReport.TryParseMonth(month, out var first) || format is not ("xlsx" or "csv"))
            {
                return Page(http, "รายงานไม่ถูกต้อง / Invalid report request", Errors(["ระบุเดือนเป็น yyyy-MM และรูปแบบ xlsx หรือ csv / Give the month as yyyy-MM and the format as xlsx or csv."]), 400);
            }

            var rows = await report.RowsAsync(http.User, first, unit, ct);
            await audit.RecordViewAsync(CaseWork.Actor(http.User), "report.export", null, $"month {month}, unit {unit?.Trim() ?? "*"}, {format}, {rows.Count} cases", ct);
            var name = $"hub-report-{month}{(string.IsNullOrWhiteSpace(unit) ? "" : "-" + unit.Trim())}.{format}";
            return format == "csv"
                ? Results.File(MonthlyReportFiles.Csv(rows), "text/csv; charset=utf-8", name)
                : Results.File(MonthlyReportFiles.Xlsx(rows, first), XlsxType, name);
        });
        return staff;
    }

    static string HolidayMonth(TimeProvider clock) => Deadlines.HolidayCalendar.LocalDate(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
