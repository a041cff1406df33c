using System.Text.Encodings.Web;
using Hub.Ingestion.WebForm;
using Hub.Normalizer.Classification;

namespace Hub.Ingestion.Officer;

/// <summary>The officers' server-rendered pages (no JavaScript), Thai first. Every value written back is HTML-encoded.</summary>
public static class OfficerPages
{
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public const string WrongCredentials = "รหัสผู้ใช้หรือรหัสผ่านไม่ถูกต้อง / Wrong officer id or password.";
    public const string Locked = "ลองผิดหลายครั้ง กรุณารอ 15 นาทีแล้วลองใหม่ / Too many failed attempts (locked); wait 15 minutes and try again.";
    public const string Throttled = "มีการลองเข้าสู่ระบบจากเครื่องนี้มากเกินไป กรุณารอสักครู่ / Too many sign-in attempts from this address; wait a minute.";

    /// <param name="error">One of the constants above (trusted text, shown as is), or null for a fresh page.</param>
    public static string Login(string antiforgeryField, string? error) => WebFormPages.Layout("เข้าสู่ระบบเจ้าหน้าที่ / Officer sign-in", $"""
        <h1>เข้าสู่ระบบเจ้าหน้าที่<br><small>Officer sign-in</small></h1>
        {(error is null ? "" : $"<p class=\"errors\" role=\"alert\">{error}</p>")}
        <form method="post" action="/officer/login">
          {antiforgeryField}
          <label for="officer_id">รหัสเจ้าหน้าที่ / Officer id</label>
          <input id="officer_id" name="officer_id" autocomplete="username" required>
          <label for="password">รหัสผ่าน / Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit">เข้าสู่ระบบ / Sign in</button>
        </form>
        """);

    public static string Entry(string officerUnit, string antiforgeryField, OfficerEntry values, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var own = BmaUnits.All.FirstOrDefault(u => u.Code == officerUnit);
        var errorList = errors is { Count: > 0 }
            ? $"""<div class="errors" role="alert"><p>กรุณาแก้ไข / Please correct:</p><ul>{string.Concat(errors.SelectMany(e => e.Value).Select(m => $"<li>{Html.Encode(m)}</li>"))}</ul></div>"""
            : "";
        var arrivals = string.Concat(OfficerEntry.Arrivals.Select(a => Option(a.Key, a.Value, values.Arrival)));
        var units = "<option value=\"\">ไม่ทราบ / Unknown</option>" + string.Concat(BmaUnits.All.Select(u => Option(u.Code, $"{u.NameTh} ({u.Code})", values.AccusedUnit)));
        return WebFormPages.Layout("บันทึกเรื่องร้องเรียน / Enter a complaint", $"""
            <h1>บันทึกเรื่องร้องเรียนที่หน่วยงานได้รับ<br><small>Enter a complaint your unit received</small></h1>
            {errorList}
            <form method="post" action="/officer/complaints" enctype="multipart/form-data" accept-charset="utf-8">
              {antiforgeryField}
              <input type="hidden" name="submission_id" value="{Html.Encode(values.SubmissionId)}">
              <label for="unit">หน่วยงานที่รับเรื่อง / Receiving unit</label>
              <select id="unit" name="unit">{Option(officerUnit, own is null ? officerUnit : $"{own.NameTh} ({own.Code})", officerUnit)}</select>
              <label for="arrival">ได้รับเรื่องทาง / Arrived by *</label>
              <select id="arrival" name="arrival" required><option value="">—</option>{arrivals}</select>
              <label for="letter_reference">เลขที่หนังสือ / Letter reference</label>
              <input id="letter_reference" name="letter_reference" maxlength="100" value="{Html.Encode(values.LetterReference ?? "")}">
              <label for="letter_date">ลงวันที่ / Letter date</label>
              <input id="letter_date" name="letter_date" type="date" value="{Html.Encode(values.LetterDate ?? "")}">
              <fieldset>
                <legend>ผู้ร้องเรียน / Complainant</legend>
                <label><input type="checkbox" name="anonymous" value="true"{(values.Anonymous ? " checked" : "")}> ไม่ประสงค์ออกนาม / Anonymous</label>
                <label for="complainant_name">ชื่อ-นามสกุล / Name</label>
                <input id="complainant_name" name="complainant_name" maxlength="200" value="{Html.Encode(values.ComplainantName ?? "")}">
                <label for="complainant_phone">โทรศัพท์ / Phone</label>
                <input id="complainant_phone" name="complainant_phone" maxlength="40" value="{Html.Encode(values.ComplainantPhone ?? "")}">
                <label for="complainant_email">อีเมล / Email</label>
                <input id="complainant_email" name="complainant_email" maxlength="200" value="{Html.Encode(values.ComplainantEmail ?? "")}">
              </fieldset>
              <label for="accused_unit">หน่วยงานผู้ถูกร้อง / Accused unit</label>
              <select id="accused_unit" name="accused_unit">{units}</select>
              <label for="accused_person">ผู้ถูกร้อง (ถ้าทราบ) / Accused person, if known</label>
              <input id="accused_person" name="accused_person" maxlength="200" value="{Html.Encode(values.AccusedPerson ?? "")}">
              <label for="text">รายละเอียดเรื่องร้องเรียน / Complaint text *</label>
              <textarea id="text" name="text" rows="8" required>{Html.Encode(values.Text ?? "")}</textarea>
              <label for="attachments">เอกสารแนบที่สแกน / Scanned attachments</label>
              <input id="attachments" name="attachments" type="file" multiple>
              <button type="submit">บันทึกเรื่อง / Save complaint</button>
            </form>
            """);
    }

    public static string Saved(string receiptCode) => WebFormPages.Layout("บันทึกแล้ว / Saved", $"""
        <h1>บันทึกเรื่องร้องเรียนแล้ว<br><small>The complaint is saved</small></h1>
        <p>รหัสรับเรื่อง (แจ้งผู้ร้องเรียน) / Receipt code for the complainant:</p>
        <p class="receipt" id="receipt">{Html.Encode(receiptCode)}</p>
        <p><a href="/officer/complaints/new">บันทึกเรื่องใหม่ / Enter another</a></p>
        """);

    public static string Forbidden() => WebFormPages.Layout("ไม่มีสิทธิ์ / Not allowed", """
        <h1>ไม่มีสิทธิ์บันทึกเรื่องในนามหน่วยงานอื่น<br><small>You may only file for your own unit</small></h1>
        <p class="errors" role="alert">ไม่ได้บันทึกเรื่องนี้ / Nothing was saved.</p>
        <p><a href="/officer/complaints/new">กลับ / Back</a></p>
        """);

    static string Option(string value, string label, string? selected) =>
        $"<option value=\"{Html.Encode(value)}\"{(value == selected ? " selected" : "")}>{Html.Encode(label)}</option>";
}
