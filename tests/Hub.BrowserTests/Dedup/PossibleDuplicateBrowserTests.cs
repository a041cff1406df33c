using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Dedup;
using Hub.IntegrationTests.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Dedup;

public sealed class PossibleDuplicateBrowserTests
{
    /// <summary>Thresholds spread apart (the shipped ones are equal) so the near miss is suggested rather than linked.</summary>
    static readonly Dictionary<string, string?> Thresholds = new()
    {
        ["Hub:CaseStore:LinkThreshold"] = "0.9",
        ["Hub:CaseStore:SuggestThreshold"] = "0.02",
    };

    [Fact]
    public async Task A_centre_officer_sees_why_and_accepts_a_possible_duplicate_on_the_case_page()
    {
        await using var staff = await StaffHub.StartAsync(Thresholds);
        var first = await Retellings.FileAsync(staff.Hub.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At, "pseudonym-one"));
        var second = await Retellings.FileAsync(staff.Hub.Services, Retellings.Normalized("เทศกิจเรียกเงินแม่ค้าแผงละ 300 บาท ไม่จ่ายยึดของ", "traffy", Retellings.At.AddDays(1), "pseudonym-two"));
        var target = await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == first).Select(c => c.CaseId).SingleAsync());
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(staff.Hub.Http.BaseAddress!, "/staff"));
        await page.GetByLabel("อีเมล / Email").FillAsync(email);
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(StaffClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();

        // the inbox filter finds both cases of the pair
        await page.GetByLabel("มีเรื่องที่อาจซ้ำ / Has possible duplicates").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "กรอง / Filter" }).ClickAsync();
        Assert.Equal(2, await page.Locator("#cases tbody tr").CountAsync());

        await page.GotoAsync(new Uri(staff.Hub.Http.BaseAddress!, $"/staff/cases/{target}").ToString());
        Assert.Contains("คะแนนเรื่องทุจริต / integrity score", await page.Locator("details.classification").First.TextContentAsync(), StringComparison.Ordinal);
        var suggestion = page.Locator("#possible-duplicates .possible-duplicate.pending");
        Assert.Contains("same amount: 300", await suggestion.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hub-possible-duplicates.png"), FullPage = true });

        var accept = suggestion.Locator("form[action$='/accept']");
        await accept.GetByLabel("เหตุผล / Reason").FillAsync("ผู้ร้องทั้งสองพูดถึงแผงเดียวกัน");
        await accept.GetByRole(AriaRole.Button).ClickAsync();

        Assert.Equal(2, await page.Locator("article").CountAsync());
        Assert.Contains("Accepted as the same incident", await page.Locator("#possible-duplicates").InnerTextAsync(), StringComparison.Ordinal);
        var events = await page.Locator("#events").InnerTextAsync();
        Assert.Contains("case-linked", events, StringComparison.Ordinal);
        Assert.Contains("possible-duplicate-accepted", events, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hub-possible-duplicates-accepted.png"), FullPage = true });
        Assert.Equal(target, await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == second).Select(c => c.CaseId).SingleAsync()));
    }
}
