using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Microsoft.AspNetCore.Http;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>The inbox and the case page. Reporters appear only as a pseudonym or as anonymous.</summary>
public static class CasePages
{
    public static IResult Inbox(HttpContext http, IReadOnlyList<Case> cases, string? status, string? q)
    {
        var options = string.Concat(Enum.GetValues<CaseStatus>().Select(s =>
            $"""<option value="{s}"{(s.ToString() == status ? " selected" : "")}>{E(StatusNames.Thai(s))} / {s}</option>"""));
        var rows = string.Concat(cases.Select(c => $"""
            <tr><td><a href="/staff/cases/{c.Id}">{E(c.Number)}</a> {AccusedEndpoints.RetaliationBadge(http, c)}{ClassificationNote.Badge(c)}</td><td>{E(StatusNames.Thai(c.Status))}</td>
            <td>{E(c.Category)}</td><td>{E(c.UnitCode ?? "-")}</td><td>{c.OpenedAtUtc:yyyy-MM-dd}</td><td>{c.Complaints.Count}</td></tr>
            """));
        return Page(http, "กล่องเรื่องร้องเรียน / Inbox", $"""
            <form method="get" action="/staff">
              <label>สถานะ / Status <select name="status"><option value="">ทั้งหมด / All</option>{options}</select></label>
              <label>ค้นหา (เลขที่เรื่องหรือข้อความ) / Search <input name="q" value="{E(q)}"></label>
              {InboxFilters.Of(http.Request).Controls(http)}
              <button>กรอง / Filter</button>
            </form>
            <table id="cases"><thead><tr><th>เลขที่ / Number</th><th>สถานะ / Status</th><th>ประเภท / Category</th><th>หน่วยงาน / Unit</th><th>วันที่รับ / Opened</th><th>เรื่อง / Complaints</th></tr></thead>
            <tbody>{rows}</tbody></table>
            <p>{cases.Count} เรื่อง / cases</p>
            """);
    }

    /// <param name="original">Show complaint texts unredacted; the caller has checked <see cref="ComplaintRedaction.MayReadOriginal"/> and audited it.</param>
    public static IResult Case(HttpContext http, Case c, IReadOnlyList<ClockState> clocks, IReadOnlyList<string>? errors = null, bool original = false)
    {
        var textNote = original
            ? $"""<p class="note" id="original-shown">แสดงข้อความต้นฉบับ (บันทึกการเข้าดูแล้ว) / Showing the original text (this view is audited) · <a href="/staff/cases/{c.Id}">ซ่อนข้อมูลระบุตัวตน / Hide identifiers</a></p>"""
            : ComplaintRedaction.MayReadOriginal(http.User, c)
                ? $"""<p class="note" id="redacted">เลขประจำตัว โทรศัพท์ และอีเมลในข้อความถูกปิดไว้ / Identifiers in the text are hidden · <a id="show-original" href="/staff/cases/{c.Id}?original=1">แสดงต้นฉบับ (บันทึกการเข้าดู) / Show the original (audited)</a></p>"""
                : """<p class="note" id="redacted">เลขประจำตัว โทรศัพท์ และอีเมลในข้อความถูกปิดไว้ / Identifiers in the text are hidden</p>""";
        var complaints = string.Concat(c.Complaints.OrderBy(x => x.ReceivedAtUtc).Select(x => $"""
            <article><h3>{E(x.Channel)} · {x.ReceivedAtUtc:yyyy-MM-dd HH:mm} UTC · {E(x.ReceiptCode)}</h3>
            <p>ผู้ร้องเรียน / Reporter: {(x.ReporterAnonymous || x.ReporterPseudonym is null ? "ไม่ประสงค์ออกนาม / anonymous" : "นามแฝง / pseudonym " + E(x.ReporterPseudonym[..12]))}
            {(x.ReporterIdentityId is { } identity && http.User.IsInRole(StaffRoles.Center) ? Form(http, $"/staff/cases/{c.Id}/reveal-requests", $"""<input type="hidden" name="identity" value="{identity}"><label>เหตุผลในการขอเปิดเผยตัวตน / Reason to reveal identity <input name="reason" required></label><button>ขอเปิดเผย / Request reveal</button>""") : "")}</p>
            {ClassificationNote.Of(x)}
            {(x.Subject is null ? "" : $"<p><strong>{E(x.Subject)}</strong></p>")}
            <div class="complaint">{E(original ? x.Text : ComplaintRedaction.Redact(x.Text))}</div>{EvidenceEndpoints.List(c, x)}{CaseLinkingEndpoints.LinkNote(x)}</article>
            """));
        var events = string.Concat(c.Events.OrderBy(e => e.Id).Select(e =>
            $"""<tr><td>{e.AtUtc:yyyy-MM-dd HH:mm}</td><td>{E(e.Kind)}</td><td>{E(e.Actor)}</td><td class="complaint">{E(e.Detail)}</td></tr>"""));
        var next = CaseLifecycle.Next(c.Status, CaseWork.ScreeningOutcome(c));
        var transition = next.Count == 0 ? "" : Form(http, $"/staff/cases/{c.Id}/transition", $"""
            <h2>เปลี่ยนสถานะ / Move the case on</h2>
            <label>ไปยัง / To <select name="to">{string.Concat(next.Select(s => $"""<option value="{s}">{E(StatusNames.Thai(s))} / {s}</option>"""))}</select></label>
            <label>ผล / Outcome <select name="outcome"><option value=""></option>{Options(CaseLifecycle.ScreeningOutcomes)}{Options(CaseLifecycle.Severities)}{Options(CaseLifecycle.Conclusions)}</select></label>
            <label>หน่วยงาน (เมื่อส่งหน่วยงาน) / Unit (when assigning) <input name="unit"></label>
            <label>การดำเนินการที่ได้ทำ / Action taken <input name="action"></label>
            <label>เหตุผล / Reason <input name="reason"></label>
            <button id="transition">บันทึก / Save</button>
            """);
        var deadlines = string.Concat(clocks.Select(s => $"""<tr><td>{E(s.Clock.NameTh)} / {E(s.Clock.NameEn)}</td><td>{s.Clock.Days}{(s.ExtensionDays > 0 ? $" + {s.ExtensionDays}" : "")} วัน / days</td><td>{s.Due:yyyy-MM-dd}</td><td>{(s.Running ? "กำลังนับ / running" : "หยุดแล้ว / stopped")}</td><td>{E(s.Clock.Source)}</td></tr>"""));
        var extension = clocks.Any(s => s.Clock == StatutoryClock.SeriousInvestigation && s.Running)
            ? Form(http, $"/staff/cases/{c.Id}/extensions", $"""<label>ขยายเวลา (วัน, ไม่เกิน {StatutoryClock.MaxExtensionDays}) / Extend (days) <input name="days" type="number" min="1" max="{StatutoryClock.MaxExtensionDays}" required></label><label>เหตุผล / Reason <input name="reason" required></label><button>ขยายเวลา / Extend</button>""")
            : "";
        return Page(http, $"เรื่อง {c.Number}", $"""
            {Errors(errors ?? [])}{AccusedEndpoints.RetaliationBadge(http, c)}
            <dl><dt>สถานะ / Status</dt><dd id="status">{E(StatusNames.Thai(c.Status))} ({c.Status})</dd>
            <dt>หน่วยงาน / Unit</dt><dd>{E(c.UnitCode ?? "-")}</dd><dt>หน่วยงานที่ถูกร้องเรียน (จากการจำแนก) / Accused unit (classified)</dt><dd>{E(c.AccusedUnitCode ?? "-")}</dd><dt>ประเภท / Category</dt><dd>{E(c.Category)}</dd></dl>
            <h2>เรื่องร้องเรียนทุกช่องทาง / Complaints from every channel</h2>{textNote}{complaints}
            {AccusedEndpoints.Section(http, c)}
            {CaseLinkingEndpoints.Section(http, c)}
            {Duplicates.PossibleDuplicateEndpoints.Section(http, c)}
            <h2>กำหนดเวลาตามระเบียบ / Statutory clocks</h2><table id="clocks">{deadlines}</table>{extension}
            {transition}
            {Form(http, $"/staff/cases/{c.Id}/notes", """<h2>บันทึกภายใน / Internal note</h2><label>ข้อความ / Text <textarea name="text" required></textarea></label><button>เพิ่มบันทึก / Add note</button>""")}
            <h2>ประวัติ / History</h2><table id="events">{events}</table>
            """, errors is { Count: > 0 } ? 400 : 200);
    }

    static string Options(IReadOnlyDictionary<string, string> values) =>
        string.Concat(values.Select(v => $"""<option value="{E(v.Key)}">{E(v.Value)}</option>"""));
}
