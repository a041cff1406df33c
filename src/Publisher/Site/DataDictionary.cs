using System.Text;
using static Hub.Publisher.Site.Layout;

namespace Hub.Publisher.Site;

/// <summary>What each open-data file and column means (ITA-8); the same list as HTML and JSON.</summary>
public static class DataDictionary
{
    public static readonly (string File, string Column, string Th, string En)[] Columns =
    [
        ("stats.csv", "fiscal_year", "ปีงบประมาณ (พ.ศ.) 1 ต.ค. – 30 ก.ย.", "Fiscal year (Buddhist Era), 1 Oct – 30 Sep"),
        ("stats.csv", "month", "เดือน (ค.ศ. ปี-เดือน) ตามเวลาประเทศไทย; แถว total คือยอดตั้งแต่ต้นปีงบประมาณ", "Month (CE year-month), Bangkok time; the 'total' row is the fiscal year to date"),
        ("stats.csv", "received", "รับเรื่อง — " + Definitions.Counts[0].DefinitionTh, "Received — " + Definitions.Counts[0].En),
        ("stats.csv", "concluded", "ได้ข้อยุติ — " + Definitions.Counts[1].DefinitionTh, "Concluded — " + Definitions.Counts[1].En),
        ("stats.csv", "in_progress", "อยู่ระหว่างดำเนินการ — " + Definitions.Counts[2].DefinitionTh, "In progress — " + Definitions.Counts[2].En),
        ("stats.csv", "note", "“ไม่มีเรื่องร้องเรียน” เมื่อไม่มีเรื่องในเดือนนั้น", "“ไม่มีเรื่องร้องเรียน” (no complaints) when the month had none"),
        ("quarters.csv", "quarter", "ไตรมาส 1 = ต.ค.–ธ.ค., 2 = ม.ค.–มี.ค., 3 = เม.ย.–มิ.ย., 4 = ก.ค.–ก.ย.", "Quarter 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep"),
        ("quarters.csv", "in_progress", "อยู่ระหว่างดำเนินการ ณ สิ้นไตรมาส (หรือ ณ วันที่ข้อมูล)", "In progress at the quarter's end (or at the data date)"),
        ("quarters.csv", "complete", "true เมื่อไตรมาสสิ้นสุดแล้ว", "true once the quarter has ended"),
        ("breakdown-*.csv", "dimension", "category = ประเภทพฤติกรรม, unit = หน่วยงาน, channel = ช่องทาง (นับครั้งที่แจ้ง)", "category = type of conduct, unit = responsible unit, channel = reporting channel (counts reports)"),
        ("breakdown-*.csv", "count", "จำนวนเรื่องที่รับตั้งแต่ต้นปีงบประมาณ; ว่าง = ปกปิด", "Cases received in the fiscal year to date; empty = suppressed"),
        ("breakdown-*.csv", "suppressed", "true เมื่อค่าถูกปกปิดเพื่อคุ้มครองข้อมูล", "true when the value is hidden for disclosure control"),
    ];

    public static string Html(int k)
    {
        var rows = new StringBuilder();
        foreach (var c in Columns)
        {
            rows.Append($"<tr><td class=\"label\">{Layout.Html.Encode(c.File)}</td><td class=\"label\"><code>{c.Column}</code></td><td class=\"label\">{Layout.Html.Encode(c.Th)}<br><small lang=\"en\">{Layout.Html.Encode(c.En)}</small></td></tr>\n");
        }

        return Page("", "คำอธิบายชุดข้อมูลเปิด", "Open data dictionary", $"""
            <p>ไฟล์ของแต่ละปีงบประมาณอยู่ที่ <code>/fyปปปป/</code> เช่น <code>/fy2570/stats.csv</code> เป็น UTF-8 / Each fiscal year's files are under <code>/fyYYYY/</code>, UTF-8.</p>
            <p>{Layout.Html.Encode(Definitions.SuppressionTh(k))}<br><span lang="en">{Layout.Html.Encode(Definitions.SuppressionEn(k))}</span></p>
            <table><caption>คอลัมน์ / Columns</caption>
            <thead><tr><th scope="col">ไฟล์ / File</th><th scope="col">คอลัมน์ / Column</th><th scope="col">ความหมาย / Meaning</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            <p><a href="data-dictionary.json">data-dictionary.json</a></p>
            """);
    }

    public static string Json() => System.Text.Json.JsonSerializer.Serialize(
        Columns.Select(c => new { file = c.File, column = c.Column, description_th = c.Th, description_en = c.En }), OpenData.Json);
}
