using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Dedup;
using Hub.IntegrationTests.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Dedup;

public sealed class CaseLinkingBrowserTests
{
    [Fact]
    public async Task A_centre_officer_links_a_case_in_by_number_and_splits_a_complaint_out_again()
    {
        await using var staff = await StaffHub.StartAsync();
        var first = await Retellings.FileAsync(staff.Hub.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At));
        var lookAlike = await Retellings.FileAsync(staff.Hub.Services, Retellings.Normalized(Retellings.OtherMarket, "webform", Retellings.At.AddHours(1)));
        var target = await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == first).Select(c => c.CaseId).SingleAsync());
        var otherNumber = await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == lookAlike).Select(c => db.Cases.Single(k => k.Id == c.CaseId).Number).SingleAsync());
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(staff.Hub.Http.BaseAddress!, $"/staff/cases/{target}"));
        await page.GetByLabel("อีเมล / Email").FillAsync(email);
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(StaffClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();
        await page.GotoAsync(new Uri(staff.Hub.Http.BaseAddress!, $"/staff/cases/{target}").ToString());

        var link = page.Locator("form[action$='/link']");
        await link.GetByLabel("เลขที่เรื่อง / Case number").FillAsync(otherNumber);
        await link.GetByLabel("เหตุผล / Reason").FillAsync("ผู้ร้องยืนยันว่าเป็นเหตุการณ์เดียวกัน");
        await page.Locator("#link").ClickAsync();

        Assert.Equal(2, await page.Locator("article").CountAsync());
        Assert.Contains("Independent reporters: 2", await page.Locator("#corroboration").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("case-linked", await page.Locator("#events").InnerTextAsync(), StringComparison.Ordinal);

        var split = page.Locator("form[action$='/split']");
        await split.GetByLabel("คำร้อง / Complaint").SelectOptionAsync(lookAlike.ToString());
        await split.GetByLabel("เหตุผล / Reason").FillAsync("คนละตลาด คนละเหตุการณ์");
        await page.Locator("#split").ClickAsync();

        Assert.Equal(1, await page.Locator("article").CountAsync());
        Assert.Contains("complaint-split", await page.Locator("#events").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual(target, await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == lookAlike).Select(c => c.CaseId).SingleAsync()));
    }
}
