using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>The link and split forms of the case page, and the routes they post to.</summary>
public static class CaseLinkingEndpoints
{
    public static RouteGroupBuilder MapCaseLinking(this RouteGroupBuilder staff)
    {
        var cases = staff.MapGroup("/cases/{id:guid}").RequireAuthorization(StaffPolicies.Cases);
        cases.MapPost("/link", async (Guid id, HttpContext http, CaseLinking linking, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var errors = await linking.LinkAsync(http.User, id, form["number"].ToString(), form["reason"].ToString(), ct);
            return await Outcome(http, id, errors, work, calendar, ct);
        });
        cases.MapPost("/split", async (Guid id, HttpContext http, CaseLinking linking, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            if (!Guid.TryParse(form["complaint"], out var complaint))
            {
                return Results.BadRequest();
            }

            var outcome = await linking.SplitAsync(http.User, id, complaint, form["reason"].ToString(), ct);
            return await Outcome(http, id, outcome?.Errors, work, calendar, ct);
        });
        return staff;
    }

    /// <summary>Link evidence under one complaint: why the linker put it in this case.</summary>
    public static string LinkNote(Complaint complaint) => complaint.LinkScore is not { } score ? "" : $"""
        <p class="link-evidence">เชื่อมโยงอัตโนมัติ คะแนน / Linked automatically, score <span class="score">{score:0.00}</span>:
        {E(string.Join(" · ", LinkEvidenceText.Lines(complaint.LinkEvidence)))}</p>
        """;

    /// <summary>Corroboration, and for centre and discipline staff the link and split forms.</summary>
    public static string Section(HttpContext http, Case c)
    {
        var corroboration = Corroboration.Of(c.Complaints);
        var summary = $"""<p id="corroboration">ผู้ร้องเรียนอิสระ / Independent reporters: <strong>{corroboration.Reporters}</strong> · ช่องทาง / Channels: <strong>{corroboration.Channels}</strong></p>""";
        if (!CaseLinking.MayLink(http.User))
        {
            return summary;
        }

        var link = Form(http, $"/staff/cases/{c.Id}/link", """
            <h2>เชื่อมโยงเรื่องอื่นเข้ามา / Link another case into this one</h2>
            <label>เลขที่เรื่อง / Case number <input name="number" required></label>
            <label>เหตุผล / Reason <input name="reason" required></label>
            <button id="link">เชื่อมโยง / Link</button>
            """);
        var split = c.Complaints.Count < 2 ? "" : Form(http, $"/staff/cases/{c.Id}/split", $"""
            <h2>แยกคำร้องออกเป็นเรื่องใหม่ / Split a complaint out into a new case</h2>
            <label>คำร้อง / Complaint <select name="complaint">{string.Concat(c.Complaints.OrderBy(x => x.ReceivedAtUtc).Select(x => $"""<option value="{x.Id}">{E(x.ReceiptCode)} · {E(x.Channel)}</option>"""))}</select></label>
            <label>เหตุผล / Reason <input name="reason" required></label>
            <button id="split">แยกออก / Split</button>
            """);
        return summary + link + split;
    }

    internal static async Task<IResult> Outcome(HttpContext http, Guid id, IReadOnlyList<string>? errors, CaseWork work, HolidayCalendar calendar, CancellationToken ct)
    {
        if (errors is null)
        {
            return Results.Forbid();
        }

        if (errors.Count == 0)
        {
            return Results.Redirect($"/staff/cases/{id}");
        }

        var c = (await work.FindAsync(http.User, id, ct))!;
        return CasePages.Case(http, c, CaseClocks.Of(c, calendar), errors);
    }
}
