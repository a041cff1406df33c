using System.Globalization;
using System.Text;
using Hub.Publisher.Disclosure;
using Hub.Publisher.Statistics;
using static Hub.Publisher.Site.Layout;

namespace Hub.Publisher.Site;

/// <summary>One fiscal year's statistics page (ITA-3..8): months, quarters, chart, protected breakdowns, definitions.</summary>
public static class YearPage
{
    /// <param name="audit">On the front page only: the audit chain's signed head at publication.</param>
    public static string Render(PublicRelease release, string root, Hub.CaseStore.Audit.AuditCheckpoint? audit = null)
    {
        var s = release.Ita;
        var folder = root + $"fy{s.FiscalYear}/";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>ข้อมูล ณ วันที่ / As of {s.GeneratedAt.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd HH:mm} (เวลาประเทศไทย / Bangkok time){(s.Complete ? " — ครบปีงบประมาณ / full fiscal year" : " — ตั้งแต่ต้นปีงบประมาณ / year to date")}</p>\n");
        body.Append(BarChart.Monthly(s.Months)).Append('\n');
        body.Append(MonthTable(s)).Append(QuarterTable(s));
        body.Append(CultureInfo.InvariantCulture, $"<p>เรื่องค้างจากปีงบประมาณก่อน / Carried over from the previous fiscal year: {s.CarriedOver:N0}</p>\n");
        body.Append("<h2>จำแนกเรื่องที่รับตั้งแต่ต้นปีงบประมาณ / Cases received this fiscal year, broken down</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode(Definitions.SuppressionTh(release.MinimumCellCount))}<br><span lang=\"en\">{Html.Encode(Definitions.SuppressionEn(release.MinimumCellCount))}</span></p>\n");
        foreach (var b in release.Breakdowns)
        {
            body.Append(BreakdownTable(b));
        }

        body.Append("<h2>ผลการดำเนินงาน / Performance</h2>\n<dl>\n");
        body.Append(CultureInfo.InvariantCulture, $"<dt>ค่ามัธยฐานจำนวนวันจนได้ข้อยุติ / Median days to conclusion</dt><dd id=\"median-days\">{(release.MedianDaysToConclusion is { } median ? median.ToString("0.#", CultureInfo.InvariantCulture) + " วัน / days" : Definitions.NotYetAvailable)}</dd>\n");
        body.Append(CultureInfo.InvariantCulture, $"<dt>ผลการพิจารณา / Outcomes</dt><dd>{Definitions.NotYetAvailable}</dd>\n");
        body.Append(CultureInfo.InvariantCulture, $"<dt>การดำเนินการภายในกำหนดเวลา รายหน่วยงาน / Deadlines met, per unit</dt><dd>{Definitions.NotYetAvailable}</dd>\n</dl>\n");
        body.Append("<h2>คำนิยาม / Definitions</h2>\n<dl>\n");
        foreach (var d in Definitions.Counts)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt>{Html.Encode(d.Th)}</dt><dd>{Html.Encode(d.DefinitionTh)}<br><small lang=\"en\">{Html.Encode(d.En)}</small></dd>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"</dl>\n<p>ข้อมูลเปิด / Open data: <a href=\"{folder}stats.json\">stats.json</a> · <a href=\"{folder}stats.csv\">stats.csv</a> · <a href=\"{folder}quarters.csv\">quarters.csv</a>");
        foreach (var b in release.Breakdowns)
        {
            body.Append(CultureInfo.InvariantCulture, $" · <a href=\"{folder}breakdown-{b.Key}.csv\">breakdown-{b.Key}.csv</a>");
        }

        body.Append(CultureInfo.InvariantCulture, $" · <a href=\"{root}data-dictionary.html\">คำอธิบายข้อมูล / Data dictionary</a></p>\n");
        if (audit is not null)
        {
            // Published so that copies outside BMA's control pin the audit log: fewer entries later means some were removed.
            body.Append(CultureInfo.InvariantCulture, $"""
                <h2>บันทึกการตรวจสอบภายใน / Internal audit log</h2>
                <p id="audit-checkpoint">ณ เวลาเผยแพร่ บันทึกการเข้าถึงข้อมูลมี {audit.Entries:N0} รายการ รหัสล่าสุด <code>{audit.Head}</code>
                (<a href="{root}audit-checkpoint.json">audit-checkpoint.json</a>, ลงนามแล้ว)<br><small lang="en">At publication the staff audit log held {audit.Entries:N0} entries; its head is the code above (signed checkpoint in audit-checkpoint.json). A later count below this means entries were removed.</small></p>

                """);
        }

        return Page(root, $"สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. {s.FiscalYear}",
            $"Corruption complaint statistics, fiscal year B.E. {s.FiscalYear}", body.ToString());
    }

    static string MonthTable(FiscalYearStatistics s)
    {
        var rows = string.Concat(s.Months.Select(m => m.NoComplaints && m.InProgress == 0
            ? $"<tr><th scope=\"row\">{Html.Encode(m.LabelTh)}</th><td colspan=\"3\">{Definitions.NoneTh} / No complaints</td></tr>\n"
            : string.Create(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Html.Encode(m.LabelTh)}</th><td>{(m.NoComplaints ? Definitions.NoneTh : m.Received.ToString("N0", CultureInfo.InvariantCulture))}</td><td>{m.Concluded:N0}</td><td>{m.InProgress:N0}</td></tr>\n")));
        return string.Create(CultureInfo.InvariantCulture, $"""
            <table id="months">
            <caption>จำนวนเรื่องรายเดือน / Cases by month</caption>
            <thead><tr><th scope="col">เดือน / Month</th><th scope="col">รับเรื่อง / Received</th><th scope="col">ได้ข้อยุติ / Concluded</th><th scope="col">อยู่ระหว่างดำเนินการ / In progress</th></tr></thead>
            <tbody>
            {rows}</tbody>
            <tfoot><tr><th scope="row">รวมตั้งแต่ต้นปีงบประมาณ / Fiscal year to date</th><td id="total-received">{s.Received:N0}</td><td id="total-concluded">{s.Concluded:N0}</td><td id="total-in-progress">{s.InProgress:N0}</td></tr></tfoot>
            </table>

            """);
    }

    static string QuarterTable(FiscalYearStatistics s)
    {
        var rows = string.Concat(s.Quarters.Select(q => string.Create(CultureInfo.InvariantCulture,
            $"<tr><th scope=\"row\">{Html.Encode(q.LabelTh)}{(q.Complete ? "" : " (ยังไม่ครบไตรมาส / to date)")}</th><td>{(q.NoComplaints ? Definitions.NoneTh : q.Received.ToString("N0", CultureInfo.InvariantCulture))}</td><td>{q.Concluded:N0}</td><td>{q.InProgress:N0}</td></tr>\n")));
        return $"""
            <table id="quarters">
            <caption>จำนวนเรื่องรายไตรมาส / Cases by quarter</caption>
            <thead><tr><th scope="col">ไตรมาส / Quarter</th><th scope="col">รับเรื่อง / Received</th><th scope="col">ได้ข้อยุติ / Concluded</th><th scope="col">อยู่ระหว่างดำเนินการ ณ สิ้นไตรมาส / In progress at quarter end</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>

            """;
    }

    static string BreakdownTable(PublishedBreakdown b)
    {
        var rows = b.Withheld
            ? $"<tr><td class=\"label\" colspan=\"2\">ไม่แสดงรายละเอียด เพราะจำนวนน้อยเกินกว่าจะแสดงโดยไม่เปิดเผยข้อมูลรายเรื่อง / Not shown: too few cases to break down safely</td></tr>\n"
            : string.Concat(b.Cells.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">{Html.Encode(c.LabelTh)} <small lang=\"en\">{Html.Encode(c.LabelEn)}</small></th><td>{(c.Count is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : $"<abbr title=\"ปกปิด / suppressed\">{Definitions.SuppressedMark}</abbr>")}</td></tr>\n")));
        return string.Create(CultureInfo.InvariantCulture, $"""
            <table id="breakdown-{b.Key}">
            <caption>{Html.Encode(b.TitleTh)} / {Html.Encode(b.TitleEn)}</caption>
            <thead><tr><th scope="col">{Html.Encode(b.TitleTh)}</th><th scope="col">{Html.Encode(b.CountedTh)} / {Html.Encode(b.CountedEn)}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            <tfoot><tr><th scope="row">รวม / Total</th><td>{b.Total:N0}</td></tr></tfoot>
            </table>

            """);
    }
}
