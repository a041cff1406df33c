using static Hub.Publisher.Site.Layout;

namespace Hub.Publisher.Site;

/// <summary>
/// ITA-1: how to file, the handling steps, the responsible units and the processing times. The times are those of
/// กฎ ก.ก. ว่าด้วยการดำเนินการทางวินัย พ.ศ. 2565 (regulation.md §2a), the same clocks the case workflow enforces.
/// </summary>
public static class ManualPage
{
    static readonly (string StepTh, string StepEn, string UnitTh, string TimeTh, string TimeEn)[] Steps =
    [
        ("รับเรื่องและออกเลขรับเรื่องให้ผู้ร้องเรียน", "The complaint is registered and the reporter gets a receipt code",
            "ศปท.กทม.", "ทันทีที่ส่งเรื่อง", "On submission"),
        ("ตรวจสอบเบื้องต้นและส่งหน่วยงานที่รับผิดชอบ", "Screening and assignment to the responsible unit",
            "ศปท.กทม.", "โดยเร็ว", "Promptly"),
        ("สืบสวนข้อเท็จจริง / พิจารณาในเบื้องต้น (ข้อ 7)", "Preliminary inquiry (clause 7)",
            "ผู้บังคับบัญชาผู้มีอำนาจ / หน่วยงานต้นสังกัด", "ภายใน 45 วัน", "Within 45 days"),
        ("กรณีผิดวินัยไม่ร้ายแรง: ดำเนินการ (ข้อ 10, 14) และสั่งการ (ข้อ 12, 15)", "Minor offence: handling (clauses 10, 14) and decision (12, 15)",
            "ผู้บังคับบัญชา / คณะกรรมการสอบสวน", "45 วัน (มีคณะกรรมการ 60 วัน) ขยายได้โดยบันทึกเหตุผล; สั่งการภายใน 45 วัน", "45 days (60 with a committee), extendable with recorded reasons; decision within 45 days"),
        ("กรณีผิดวินัยร้ายแรง: ประชุมครั้งแรก (ข้อ 35) และสอบสวน (ข้อ 61)", "Serious offence: first meeting (clause 35) and investigation (61)",
            "คณะกรรมการสอบสวน / สำนักงาน ก.ก.", "ประชุมครั้งแรกใน 7 วัน; สอบสวน 120 วัน ขยายครั้งละไม่เกิน 60 วัน; เกิน 180 วันต้องรายงาน ก.ก.", "First meeting within 7 days; 120 days, extensions of up to 60 days; past 180 days reported to the BMA Civil Service Commission"),
        ("พิจารณารายงานการสอบสวน (ข้อ 62, 63)", "Review of the investigation report (clauses 62, 63)",
            "ผู้มีอำนาจสั่งลงโทษ", "ภายใน 45 วัน", "Within 45 days"),
        ("แจ้งผลให้ผู้ร้องเรียนทราบผ่านเลขรับเรื่อง", "The reporter follows the result with the receipt code",
            "ศปท.กทม.", "เมื่อสถานะเปลี่ยน", "Whenever the status changes"),
    ];

    public static string Html()
    {
        var rows = string.Concat(Steps.Select((s, i) =>
            $"<tr><td>{i + 1}</td><td class=\"label\">{Layout.Html.Encode(s.StepTh)}<br><small lang=\"en\">{Layout.Html.Encode(s.StepEn)}</small></td><td class=\"label\">{Layout.Html.Encode(s.UnitTh)}</td><td class=\"label\">{Layout.Html.Encode(s.TimeTh)}<br><small lang=\"en\">{Layout.Html.Encode(s.TimeEn)}</small></td></tr>\n"));
        return Page("", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Manual for handling corruption and misconduct complaints", $"""
            <h2>วิธีแจ้งเรื่อง / How to report</h2>
            <p>แจ้งผ่าน<a href="channels.html">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a> ซึ่งแยกจากช่องทางร้องเรียนทั่วไป จะระบุชื่อหรือไม่ประสงค์ออกนามก็ได้ ข้อมูลผู้ร้องเรียนถูกเข้ารหัสและไม่เปิดเผยต่อผู้ถูกร้องเรียน
            <br><small lang="en">Use the <a href="channels.html">corruption reporting channels</a>, separate from general complaints. You may stay anonymous; reporter details are encrypted and never shown to the person reported.</small></p>
            <h2>ขั้นตอน หน่วยงานที่รับผิดชอบ และระยะเวลา / Steps, responsible units and processing times</h2>
            <table id="steps"><caption>ขั้นตอนการดำเนินการ / Handling steps</caption>
            <thead><tr><th scope="col">#</th><th scope="col">ขั้นตอน / Step</th><th scope="col">หน่วยงานที่รับผิดชอบ / Responsible unit</th><th scope="col">ระยะเวลาดำเนินการ / Processing time</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            <p class="note">ที่มา: กฎ ก.ก. ว่าด้วยการดำเนินการทางวินัย พ.ศ. 2565 / Source: BMA Civil Service Commission rule on disciplinary proceedings B.E. 2565.</p>
            """);
    }
}
