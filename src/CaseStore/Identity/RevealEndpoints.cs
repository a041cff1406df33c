using Hub.CaseStore.Accounts;
using Hub.CaseStore.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Identity;

/// <summary>
/// Request, approve and open a reporter identity; Center role only, approval by a second Center user. A case outside the
/// user's scope (one that accuses them) answers 403 at every step, as the case page does.
/// </summary>
public static class RevealEndpoints
{
    public static RouteGroupBuilder MapRevealEndpoints(this RouteGroupBuilder staff)
    {
        var custodians = staff.MapGroup("").RequireAuthorization(StaffPolicies.Custodian);
        custodians.MapPost("/cases/{id:guid}/reveal-requests", async (Guid id, HttpContext http, IdentityReveal reveal, CancellationToken ct) =>
        {
            if (!await reveal.CaseInScopeAsync(http.User, id, ct))
            {
                return Results.Forbid();
            }

            var form = await http.Request.ReadFormAsync(ct);
            var request = Guid.TryParse(form["identity"], out var identity)
                ? await reveal.RequestAsync(http.User, id, identity, form["reason"].ToString(), ct)
                : null;
            return request is null ? Results.BadRequest() : Results.Redirect($"/staff/reveal-requests/{request.Id}");
        });
        custodians.MapGet("/reveal-requests/{id:guid}", async (Guid id, HttpContext http, IdentityReveal reveal, CancellationToken ct) =>
        {
            // Unknown and out-of-scope answer alike, so an accused custodian cannot even learn that a request exists.
            var r = await reveal.FindAsync(http.User, id, ct);
            if (r is null)
            {
                return Results.Forbid();
            }

            var mine = r.RequestedBy == CaseWork.Actor(http.User);
            var action = r.ApprovedBy is null
                ? mine ? "<p>รอผู้ดูแลข้อมูลอีกคนอนุมัติ / Waiting for a second custodian to approve.</p>" : Form(http, $"/staff/reveal-requests/{id}/approve", "<button id=\"approve\">อนุมัติ / Approve</button>")
                : mine ? Form(http, $"/staff/reveal-requests/{id}/open", "<button id=\"open\">เปิดดูตัวตน / Open identity</button>") : "<p>อนุมัติแล้ว / Approved.</p>";
            return Page(http, "คำขอเปิดเผยตัวตนผู้ร้องเรียน / Identity reveal request", $"""
                <dl><dt>ผู้ขอ / Requested by</dt><dd>{E(r.RequestedBy)}</dd><dt>เหตุผล / Reason</dt><dd>{E(r.Reason)}</dd>
                <dt>ผู้อนุมัติ / Approved by</dt><dd>{E(r.ApprovedBy ?? "-")}</dd></dl>{action}
                """);
        });
        custodians.MapPost("/reveal-requests/{id:guid}/approve", async (Guid id, HttpContext http, IdentityReveal reveal, CancellationToken ct) =>
            await reveal.ApproveAsync(http.User, id, ct) ? Results.Redirect($"/staff/reveal-requests/{id}") : Results.Forbid());
        custodians.MapPost("/reveal-requests/{id:guid}/open", async (Guid id, HttpContext http, IdentityReveal reveal, CancellationToken ct) =>
        {
            var contact = await reveal.OpenAsync(http.User, id, ct);
            return contact is null ? Results.Forbid() : Page(http, "ตัวตนผู้ร้องเรียน (ความลับ) / Reporter identity (confidential)", $"""
                <dl id="identity"><dt>ชื่อ / Name</dt><dd>{E(contact.Name)}</dd><dt>อีเมล / Email</dt><dd>{E(contact.Email)}</dd><dt>โทรศัพท์ / Phone</dt><dd>{E(contact.Phone)}</dd></dl>
                """);
        });
        return staff;
    }
}
