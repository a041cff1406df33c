using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Hub.CaseStore.Cases;

namespace Hub.CaseStore.Staff.Reports;

/// <summary>The monthly report as CSV (UTF-8 with a BOM, so Excel reads Thai right) and as an Excel workbook.</summary>
public static class MonthlyReportFiles
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "เลขที่เรื่อง / Number", "วันที่รับ / Opened", "ประเภท / Category", "สถานะ / Status", "หน่วยงาน / Unit", "วันที่สรุปผล / Concluded",
        "กำหนดแจ้งผู้ร้อง / Reporter informed by", "กำหนดตรวจสอบเบื้องต้น / Preliminary inquiry due", "กำหนดสอบสวน / Investigation due", "เกินกำหนด / Overdue",
    ];

    public static byte[] Csv(IReadOnlyList<MonthlyReportRow> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', Cells(row).Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyList<MonthlyReportRow> rows, DateOnly month)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        for (var c = 0; c < Headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]).Style.Font.Bold = true;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r]);
            for (var c = 0; c < cells.Count; c++)
            {
                // Typed as text: a case number such as 2569-000042 must not be read as a date or a number.
                sheet.Cell(r + 2, c + 1).SetValue(Neutralized(cells[c]));
            }
        }

        // A fixed width: measuring text needs System.Drawing, which .NET does not support on Linux.
        sheet.Columns(1, Headers.Count).Width = 24;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    static List<string> Cells(MonthlyReportRow row) =>
    [
        row.Number, Day(row.Opened), row.Category, $"{StatusNames.Thai(row.Status)} / {row.Status}", row.Unit ?? "-", Day(row.Concluded),
        Day(row.ReporterInformedDue), Day(row.InquiryDue), Day(row.InvestigationDue), row.Overdue ? "ใช่ / yes" : "ไม่ / no",
    ];

    static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    static string Quote(string value) => "\"" + Neutralized(value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // A spreadsheet runs a cell beginning with = + - @ as a formula; category text comes from complaints, so it is defused.
    static string Neutralized(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
}
