using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff;

/// <summary>Case work pages. Every route requires the case-handler policy; unit roles see only their unit's cases.</summary>
public static class StaffEndpoints
{
    public static RouteGroupBuilder MapCaseWork(this RouteGroupBuilder staff)
    {
        var cases = staff.MapGroup("").RequireAuthorization(StaffPolicies.Cases);
        cases.MapGet("/", async (HttpContext http, HubDbContext db, AuditLog audit, string? status, string? q, CancellationToken ct) =>
        {
            var query = db.Cases.Visible(http.User).Include(c => c.Complaints).AsSplitQuery();
            query = InboxFilters.Of(http.Request).Apply(query, db, http.User);
            if (Enum.TryParse<CaseStatus>(status, out var s))
            {
                query = query.Where(c => c.Status == s);
            }

            if (!string.IsNullOrWhiteSpace(q))
            {
                var term = q.Trim();
                // A search of complaint text reads it (someone may look for a phone number): on the audit chain, bounded.
                await audit.RecordViewAsync(CaseWork.Actor(http.User), "case.search", null, "q: " + (term.Length > 200 ? term[..200] : term), ct);
                query = query.Where(c => c.Number.Contains(term) || c.Complaints.Any(x => x.Text.Contains(term)));
            }

            var list = await query.OrderByDescending(c => c.OpenedAtUtc).Take(200).ToListAsync(ct);
            return CasePages.Inbox(http, list, status, q);
        });
        cases.MapGet("/cases/{id:guid}", async (Guid id, HttpContext http, CaseWork work, AuditLog audit, HolidayCalendar calendar, string? original, CancellationToken ct) =>
        {
            var c = await work.FindAsync(http.User, id, ct);
            if (c is null)
            {
                return Results.Forbid();
            }

            // Complaint content is sensitive (PDPA s.26): every read is on the audit chain, the unredacted one by name.
            var unredacted = original == "1";
            if (unredacted && !ComplaintRedaction.MayReadOriginal(http.User, c))
            {
                return Results.Forbid();
            }

            await audit.RecordViewAsync(CaseWork.Actor(http.User), unredacted ? "case.view-original" : "case.view", id, null, ct);
            return CasePages.Case(http, c, CaseClocks.Of(c, calendar), original: unredacted);
        });
        cases.MapPost("/cases/{id:guid}/transition", async (Guid id, HttpContext http, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            if (!Enum.TryParse<CaseStatus>(form["to"], out var to))
            {
                return Results.BadRequest();
            }

            var request = new TransitionRequest(to, form["outcome"], form["unit"], form["action"], form["reason"]);
            var errors = await work.TransitionAsync(http.User, id, request, ct);
            if (errors is null)
            {
                return Results.Forbid();
            }

            return errors.Count == 0 ? Results.Redirect($"/staff/cases/{id}") : Failed(http, (await work.FindAsync(http.User, id, ct))!, calendar, errors);
        });
        cases.MapPost("/cases/{id:guid}/notes", async (Guid id, HttpContext http, CaseWork work, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var text = form["text"].ToString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return Results.BadRequest();
            }

            return await work.AddNoteAsync(http.User, id, text, ct) ? Results.Redirect($"/staff/cases/{id}") : Results.Forbid();
        });
        return staff;
    }

    static IResult Failed(HttpContext http, Case c, HolidayCalendar calendar, IReadOnlyList<string> errors) => CasePages.Case(http, c, CaseClocks.Of(c, calendar), errors);
}
