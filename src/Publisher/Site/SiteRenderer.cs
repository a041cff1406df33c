using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Publisher.Statistics;

namespace Hub.Publisher.Site;

/// <summary>Renders the public files from statistics alone: nothing here can see a case's text or reporter.</summary>
public static class SiteRenderer
{
    public const string NoneTh = "ไม่มีเรื่องร้องเรียน";
    static readonly HtmlEncoder Html = HtmlEncoder.Default;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string StatsJson(FiscalYearStatistics stats) => JsonSerializer.Serialize(new
    {
        fiscal_year = stats.FiscalYear,
        generated_at = stats.GeneratedAt,
        definitions = Definitions.ToDictionary(d => d.Key, d => d.En),
        carried_over = stats.CarriedOver,
        totals = new { received = stats.Received, concluded = stats.Concluded, in_progress = stats.InProgress },
        months = stats.Months.Select(m => new
        {
            month = $"{m.Year:D4}-{m.Month:D2}",
            label_th = m.LabelTh,
            received = m.Received,
            concluded = m.Concluded,
            in_progress = m.InProgress,
            no_complaints = m.NoComplaints,
        }),
    }, Json);

    public static string StatsCsv(FiscalYearStatistics stats)
    {
        var csv = new StringBuilder("fiscal_year,month,label_th,received,concluded,in_progress,note\n");
        foreach (var m in stats.Months)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{stats.FiscalYear},{m.Year:D4}-{m.Month:D2},{m.LabelTh},{m.Received},{m.Concluded},{m.InProgress},{(m.NoComplaints ? NoneTh : "")}\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{stats.FiscalYear},total,ตั้งแต่ต้นปีงบประมาณ,{stats.Received},{stats.Concluded},{stats.InProgress},\n");
        return csv.ToString();
    }

    public static string IndexHtml(FiscalYearStatistics stats)
    {
        var rows = string.Concat(stats.Months.Select(m => m.NoComplaints && m.InProgress == 0
            ? $"<tr><th scope=\"row\">{Html.Encode(m.LabelTh)}</th><td colspan=\"3\">{NoneTh} / No complaints</td></tr>\n"
            : $"<tr><th scope=\"row\">{Html.Encode(m.LabelTh)}</th><td>{(m.NoComplaints ? NoneTh : m.Received.ToString("N0", CultureInfo.InvariantCulture))}</td><td>{m.Concluded:N0}</td><td>{m.InProgress:N0}</td></tr>\n"));
        var definitions = string.Concat(Definitions.Select(d => $"<dt>{Html.Encode(d.Th)}</dt><dd>{Html.Encode(d.DefinitionTh)}<br><small>{Html.Encode(d.En)}</small></dd>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ {stats.FiscalYear} — กรุงเทพมหานคร</title>
            <style>body{"{"}font-family:Sarabun,"Noto Sans Thai",Tahoma,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6{"}"}table{"{"}border-collapse:collapse;width:100%{"}"}th,td{"{"}border:1px solid #999;padding:.3rem .6rem;text-align:right{"}"}th[scope=row]{"{"}text-align:left{"}"}small{"{"}color:#555{"}"}</style>
            </head>
            <body>
            <main>
            <h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. {stats.FiscalYear}<br><small>Corruption complaint statistics, fiscal year B.E. {stats.FiscalYear}</small></h1>
            <p>ข้อมูล ณ วันที่ / As of {stats.GeneratedAt.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd HH:mm} (เวลาประเทศไทย / Bangkok time)</p>
            <table>
            <caption>จำนวนเรื่องรายเดือน / Cases by month</caption>
            <thead><tr><th scope="col">เดือน / Month</th><th scope="col">รับเรื่อง / Received</th><th scope="col">ได้ข้อยุติ / Concluded</th><th scope="col">อยู่ระหว่างดำเนินการ / In progress</th></tr></thead>
            <tbody>
            {rows}</tbody>
            <tfoot><tr><th scope="row">รวมตั้งแต่ต้นปีงบประมาณ / Fiscal year to date</th><td id="total-received">{stats.Received:N0}</td><td id="total-concluded">{stats.Concluded:N0}</td><td id="total-in-progress">{stats.InProgress:N0}</td></tr></tfoot>
            </table>
            <p>เรื่องค้างจากปีงบประมาณก่อน / Carried over from the previous fiscal year: {stats.CarriedOver:N0}</p>
            <h2>คำนิยาม / Definitions</h2>
            <dl>
            {definitions}</dl>
            <p>ข้อมูลเปิด / Open data: <a href="stats.json">stats.json</a> · <a href="stats.csv">stats.csv</a></p>
            </main>
            </body>
            </html>
            """;
    }

    static readonly (string Key, string Th, string DefinitionTh, string En)[] Definitions =
    [
        ("received", "รับเรื่อง", "จำนวนเรื่อง (เหตุการณ์) ที่ลงทะเบียนในเดือนนั้น เรื่องซ้ำที่แจ้งหลายช่องทางนับเป็นหนึ่งเรื่อง",
            "Cases (incidents) registered in the month; repeated reports of one incident count once."),
        ("concluded", "ได้ข้อยุติ", "จำนวนเรื่องที่ได้ข้อยุติในเดือนนั้น",
            "Cases concluded in the month."),
        ("in_progress", "อยู่ระหว่างดำเนินการ", "เรื่องที่รับไว้จนถึงสิ้นเดือนและยังไม่ได้ข้อยุติ ณ สิ้นเดือน; ยอดรวม = เรื่องค้างจากปีก่อน + รับเรื่อง − ได้ข้อยุติ",
            "Cases registered by the end of the month and not concluded by then; total = carried over + received − concluded."),
    ];
}
