using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>The accused-persons part of the case page, the retaliation badge, and the route recording a person.</summary>
public static class AccusedEndpoints
{
    public static RouteGroupBuilder MapAccused(this RouteGroupBuilder staff)
    {
        staff.MapPost("/cases/{id:guid}/accused", async (Guid id, HttpContext http, AccusedPersons accused, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var input = new AccusedInput(form["name"], form["position"], form["email"], form["phone"], form["nationalId"]);
            var errors = await accused.AddAsync(http.User, id, input, ct);
            return await CaseLinkingEndpoints.Outcome(http, id, errors, work, calendar, ct);
        }).RequireAuthorization(StaffPolicies.Cases);
        return staff;
    }

    /// <summary>Only the centre sees the flag: it must not tip off a unit, and it never says who reported what.</summary>
    public static string RetaliationBadge(HttpContext http, Case c) =>
        c.PossibleRetaliation && http.User.IsInRole(StaffRoles.Center)
            ? """<strong class="badge retaliation">อาจเป็นการกลั่นแกล้ง / Possible retaliation</strong>"""
            : "";

    public static string Section(HttpContext http, Case c)
    {
        var people = c.Accused.Count == 0 ? "<p>ยังไม่ได้บันทึก / None recorded</p>" : $"""
            <ul id="accused">{string.Concat(c.Accused.OrderBy(a => a.AddedAtUtc).Select(a => $"<li>{E(a.Position)} · ชื่อและข้อมูลติดต่อปิดผนึกในคลังข้อมูลตัวตน / name and contacts sealed in the identity vault</li>"))}</ul>
            """;
        var form = !AccusedPersons.MayRecord(http.User) ? "" : Form(http, $"/staff/cases/{c.Id}/accused", """
            <label>ชื่อ-นามสกุล / Name <input name="name" required></label>
            <label>ตำแหน่ง / Position <input name="position" required></label>
            <label>อีเมล (ถ้ามี) / E-mail (optional) <input name="email" type="email"></label>
            <label>โทรศัพท์ (ถ้ามี) / Phone (optional) <input name="phone"></label>
            <label>เลขประจำตัวประชาชน (ถ้ามี) / National ID (optional) <input name="nationalId"></label>
            <button id="add-accused">บันทึกผู้ถูกร้องเรียน / Record accused person</button>
            """);
        return $"<h2>ผู้ถูกร้องเรียน / Accused persons</h2>{people}{form}";
    }
}
