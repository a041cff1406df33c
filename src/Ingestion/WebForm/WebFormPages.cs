using System.Text.Encodings.Web;

namespace Hub.Ingestion.WebForm;

/// <summary>
/// Server-rendered pages of the public form: plain HTML that works without JavaScript, Thai first, English
/// second. Every value written back is HTML-encoded.
/// </summary>
public static class WebFormPages
{
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Form(WebFormRequest? values = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        values ??= new WebFormRequest();
        var errorList = errors is { Count: > 0 }
            ? $"""<div class="errors" role="alert"><p>กรุณาแก้ไขข้อมูลต่อไปนี้ / Please correct:</p><ul>{string.Concat(errors.SelectMany(e => e.Value).Select(m => $"<li>{Html.Encode(m)}</li>"))}</ul></div>"""
            : string.Empty;
        return Layout("แจ้งเรื่องร้องเรียนการทุจริต / Report corruption", $"""
            <h1>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ<br><small>Report corruption or misconduct by BMA officials</small></h1>
            <p class="notice">ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับและเข้ารหัส ท่านเลือกไม่เปิดเผยตัวตนได้
            <br><small>Your identity is kept confidential and encrypted. You may stay anonymous.</small></p>
            {errorList}
            <form method="post" action="/complaints" accept-charset="utf-8">
              <label for="subject">หัวเรื่อง / Subject</label>
              <input id="subject" name="subject" maxlength="{WebFormValidator.MaxSubjectLength}" value="{Html.Encode(values.Subject ?? "")}">
              <label for="text">รายละเอียด (ใคร ทำอะไร ที่ไหน เมื่อไร) / What happened (who, what, where, when) *</label>
              <textarea id="text" name="text" rows="8" required maxlength="{WebFormValidator.MaxTextLength}">{Html.Encode(values.Text ?? "")}</textarea>
              <label for="district">เขตที่เกิดเหตุ / District</label>
              <input id="district" name="district" maxlength="{WebFormValidator.MaxDistrictLength}" value="{Html.Encode(values.Location?.District ?? "")}">
              <fieldset>
                <legend>ช่องทางติดต่อกลับ (ไม่บังคับ) / Contact (optional)</legend>
                <label><input type="checkbox" name="anonymous" value="true"{(values.Anonymous ? " checked" : "")}> ไม่ประสงค์ออกนาม / Stay anonymous</label>
                <label for="name">ชื่อ-นามสกุล / Name</label>
                <input id="name" name="name" maxlength="{WebFormValidator.MaxNameLength}" autocomplete="name" value="{Html.Encode(values.Contact?.Name ?? "")}">
                <label for="email">อีเมล / Email</label>
                <input id="email" name="email" type="email" autocomplete="email" value="{Html.Encode(values.Contact?.Email ?? "")}">
                <label for="phone">โทรศัพท์ / Phone</label>
                <input id="phone" name="phone" type="tel" autocomplete="tel" value="{Html.Encode(values.Contact?.Phone ?? "")}">
              </fieldset>
              <button type="submit">ส่งเรื่องร้องเรียน / Submit</button>
            </form>
            <p><a href="/status">ติดตามสถานะด้วยรหัสรับเรื่อง / Follow up with your receipt code</a></p>
            """);
    }

    public static string Accepted(string receiptCode) => Layout("รับเรื่องแล้ว / Received", $"""
        <h1>ได้รับเรื่องร้องเรียนของท่านแล้ว<br><small>Your complaint has been received</small></h1>
        <p>รหัสรับเรื่องของท่าน / Your receipt code:</p>
        <p class="receipt" id="receipt">{Html.Encode(receiptCode)}</p>
        <p>โปรดเก็บรหัสนี้ไว้เพื่อติดตามความคืบหน้า ผู้ใดที่มีรหัสนี้จะเห็นสถานะของเรื่องได้ แต่จะไม่เห็นข้อมูลส่วนบุคคล
        <br><small>Keep this code to follow up. Anyone holding it can see the status, never personal data.</small></p>
        <p><a href="/status?code={Uri.EscapeDataString(receiptCode)}">ดูสถานะ / See status</a></p>
        """);

    public static string Status(string? code, string? statusTh, string? status, string? caseNumber, bool notFound) => Layout("สถานะเรื่อง / Status", $"""
        <h1>ติดตามสถานะเรื่องร้องเรียน<br><small>Follow your complaint</small></h1>
        <form method="get" action="/status">
          <label for="code">รหัสรับเรื่อง / Receipt code</label>
          <input id="code" name="code" value="{Html.Encode(code ?? "")}" autocomplete="off">
          <button type="submit">ตรวจสอบ / Check</button>
        </form>
        {(notFound ? "<p class=\"errors\" role=\"alert\">ไม่พบรหัสนี้ / No complaint has this code.</p>" : "")}
        {(status is null ? "" : $"<dl><dt>สถานะ / Status</dt><dd id=\"status\">{Html.Encode(statusTh ?? "")} ({Html.Encode(status)})</dd><dt>เลขที่เรื่อง / Case number</dt><dd id=\"case\">{Html.Encode(caseNumber ?? "อยู่ระหว่างลงทะเบียน / being registered")}</dd></dl>")}
        <p><a href="/">แจ้งเรื่องใหม่ / New complaint</a></p>
        """);

    internal static string Layout(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} — กรุงเทพมหานคร</title>
        <style>
        body{"{"}font-family:Sarabun,"Noto Sans Thai",Tahoma,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a{"}"}
        label{"{"}display:block;margin-top:1rem;font-weight:600{"}"} input,textarea{"{"}width:100%;padding:.5rem;font:inherit;box-sizing:border-box{"}"}
        input[type=checkbox]{"{"}width:auto{"}"} fieldset{"{"}margin-top:1.5rem{"}"} button{"{"}margin-top:1.5rem;padding:.6rem 1.4rem;font:inherit{"}"}
        .errors{"{"}border:2px solid #b00020;padding:.5rem 1rem;color:#b00020{"}"} .receipt{"{"}font-size:1.8rem;font-family:monospace;letter-spacing:.1em{"}"}
        small{"{"}color:#555;font-weight:normal{"}"}
        </style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;
}
