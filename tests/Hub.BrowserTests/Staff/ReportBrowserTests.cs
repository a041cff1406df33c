using ClosedXML.Excel;
using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Staff;

public sealed class ReportBrowserTests
{
    [Fact]
    public async Task A_unit_officer_downloads_the_monthly_workbook_of_their_unit()
    {
        await using var staff = await StaffHub.StartAsync();
        await staff.FileCaseAsync("เรียกรับเงินค่าตรวจอาคาร", "U1");
        await staff.FileCaseAsync("เรียกรับเงิน เขตอื่น", "U2");
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(staff.Hub.Http.BaseAddress!, "/staff"));
        await page.GetByLabel("อีเมล / Email").FillAsync(email);
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(StaffClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "รายงานประจำเดือน / Monthly report" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        using var directory = new TempDirectory();
        var path = directory["report.xlsx"];
        await download.SaveAsAsync(path);

        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(2, sheet.LastRowUsed().RowNumber());
        Assert.Equal("U1", sheet.Cell(2, 5).GetString());
    }
}
