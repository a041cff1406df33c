using System.Net;
using System.Text;
using ClosedXML.Excel;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Staff;

/// <summary>The unit's monthly report (issue #7 "Staff web UI"): scoped by role, no identities, Excel and CSV that open in Thai.</summary>
public class MonthlyReportTests
{
    static readonly string Month = HolidayCalendar.LocalDate(DateTime.UtcNow).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_unit_officer_exports_only_their_units_cases_as_a_workbook_without_identities()
    {
        await using var staff = await StaffHub.StartAsync();
        var own = await staff.FileCaseAsync("เรียกรับเงินค่าใบอนุญาต", "U1", new ReporterContact(Name: "สมชาย ใจดี", Email: "somchai@example.com"));
        await staff.FileCaseAsync("=HYPERLINK(\"http://evil\") เขตสอง", "U2");
        var ownNumber = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == own).Select(c => c.Number).SingleAsync());
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1"));

        // Asking for another unit gives nothing of it: the scope of the role wins over the form.
        var response = await client.GetAsync($"/staff/reports/monthly?month={Month}&format=xlsx&unit=U2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var other = new XLWorkbook(await response.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(1, other.Worksheet(1).LastRowUsed().RowNumber());
        }

        response = await client.GetAsync($"/staff/reports/monthly?month={Month}&format=xlsx");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("เลขที่เรื่อง / Number", sheet.Cell(1, 1).GetString());
        Assert.Equal(2, sheet.LastRowUsed().RowNumber());
        Assert.Equal(ownNumber, sheet.Cell(2, 1).GetString());
        Assert.Equal("U1", sheet.Cell(2, 5).GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", sheet.Cell(2, 7).GetString());
        var everything = string.Join('|', sheet.CellsUsed().Select(c => c.GetString()));
        Assert.DoesNotContain("สมชาย", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("somchai", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("เรียกรับเงิน", everything, StringComparison.Ordinal);

        var audited = await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "report.export").Select(a => a.Detail).ToListAsync());
        Assert.Contains(audited, d => d!.Contains("xlsx, 1 cases", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_centre_exports_every_unit_as_csv_with_a_byte_order_mark()
    {
        await using var staff = await StaffHub.StartAsync();
        await staff.FileCaseAsync("เรียกรับเงิน เขตหนึ่ง", "U1");
        await staff.FileCaseAsync("เรียกรับเงิน เขตสอง", "U2");
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));

        var response = await client.GetAsync($"/staff/reports/monthly?month={Month}&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"เลขที่เรื่อง / Number\"", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"U2\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/staff/reports/monthly?month=November&format=csv")).StatusCode);
    }
}
