using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Deadlines;

/// <summary>The overdue board and serious-case extensions; case handlers only, within their scope.</summary>
public static class DeadlineEndpoints
{
    public static RouteGroupBuilder MapDeadlines(this RouteGroupBuilder staff)
    {
        var cases = staff.MapGroup("").RequireAuthorization(StaffPolicies.Cases);
        cases.MapGet("/overdue", async (HttpContext http, HubDbContext db, HolidayCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            var today = HolidayCalendar.LocalDate(clock.GetUtcNow().UtcDateTime);
            var open = await db.Cases.Visible(http.User).Where(c => c.Status != CaseStatus.Closed).Include(c => c.Events).AsSplitQuery().ToListAsync(ct);
            var rows = open.SelectMany(c => CaseClocks.Of(c, calendar).Where(s => s.IsOverdue(today) || s.IsDueSoon(today, 7)).Select(s => (Case: c, State: s)))
                .OrderBy(x => x.State.Due)
                .Select(x => $"""<tr class="{(x.State.IsOverdue(today) ? "overdue" : "soon")}"><td><a href="/staff/cases/{x.Case.Id}">{E(x.Case.Number)}</a></td><td>{E(x.State.Clock.NameTh)} / {E(x.State.Clock.NameEn)}</td><td>{x.State.Due:yyyy-MM-dd}</td><td>{(x.State.IsOverdue(today) ? $"เกิน {today.DayNumber - x.State.Due.DayNumber} วัน / {today.DayNumber - x.State.Due.DayNumber} days overdue" : "ใกล้ครบกำหนด / due soon")}</td><td>{E(x.Case.UnitCode ?? "-")}</td></tr>""");
            return Page(http, "เรื่องเกินหรือใกล้ครบกำหนด / Overdue board", $"""
                <table id="overdue"><tr><th>เลขที่ / Number</th><th>กำหนดเวลา / Clock</th><th>ครบกำหนด / Due</th><th>สถานะ / State</th><th>หน่วยงาน / Unit</th></tr>{string.Concat(rows)}</table>
                """);
        });
        cases.MapPost("/cases/{id:guid}/extensions", async (Guid id, HttpContext http, HubDbContext db, AuditLog audit, HolidayCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            var c = await db.Cases.Visible(http.User).Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return Results.Forbid();
            }

            var form = await http.Request.ReadFormAsync(ct);
            var reason = form["reason"].ToString().Trim();
            var serious = CaseClocks.Of(c, calendar).Any(s => s.Clock == StatutoryClock.SeriousInvestigation && s.Running);
            if (!serious || !int.TryParse(form["days"], out var days) || days is < 1 or > StatutoryClock.MaxExtensionDays || reason.Length == 0)
            {
                return Page(http, "ขยายเวลาไม่ได้ / Extension refused", Errors([$"ขยายเวลาได้เฉพาะเรื่องวินัยร้ายแรงที่อยู่ระหว่างสอบสวน ครั้งละไม่เกิน {StatutoryClock.MaxExtensionDays} วัน และต้องระบุเหตุผล / Only a running serious investigation may be extended, by at most {StatutoryClock.MaxExtensionDays} days, with a reason."]), 400);
            }

            db.CaseEvents.Add(new CaseEvent { CaseId = id, AtUtc = clock.GetUtcNow().UtcDateTime, Kind = CaseClocks.ExtensionKind, Actor = CaseWork.Actor(http.User), Detail = CaseClocks.ExtensionDetail(days, reason) });
            await audit.AppendAsync(CaseWork.Actor(http.User), "case.extension", id, $"{days} days", ct);
            await db.SaveChangesAsync(ct);
            return Results.Redirect($"/staff/cases/{id}");
        });
        return staff;
    }
}
