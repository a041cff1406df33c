using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Staff;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Staff;

public sealed class StaffBrowserTests
{
    [Fact]
    public async Task A_centre_officer_signs_in_finds_the_case_in_the_inbox_and_screens_it()
    {
        await using var staff = await StaffHub.StartAsync();
        await staff.FileCaseAsync("เจ้าหน้าที่เขตเรียกรับเงินเพื่อเร่งใบอนุญาต", null);
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(staff.Hub.Http.BaseAddress!, "/staff"));

        await page.GetByLabel("อีเมล / Email").FillAsync(email);
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(StaffClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();
        await page.Locator("#cases a").First.ClickAsync();
        Assert.Contains("เรียกรับเงิน", await page.Locator(".complaint").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("ไปยัง / To").SelectOptionAsync("Screened");
        await page.GetByLabel("ผล / Outcome").SelectOptionAsync("accepted");
        await page.Locator("#transition").ClickAsync();

        Assert.Contains("Screened", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("status:Screened", await page.Locator("#events").InnerTextAsync(), StringComparison.Ordinal);
    }
}
