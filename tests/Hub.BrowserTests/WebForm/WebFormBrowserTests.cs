using Hub.BrowserTests.Infrastructure;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.BrowserTests.WebForm;

public sealed class WebFormBrowserTests
{
    [Fact]
    public async Task A_reporter_fills_the_thai_form_submits_and_reads_a_receipt_they_can_follow()
    {
        using var directory = new TempDirectory();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory));
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(hub.Http.BaseAddress!);

        Assert.Contains("แจ้งเรื่องร้องเรียน", await page.TitleAsync(), StringComparison.Ordinal);
        await page.GetByLabel("หัวเรื่อง / Subject").FillAsync("เทศกิจเรียกเงิน");
        await page.GetByLabel("รายละเอียด", new PageGetByLabelOptions { Exact = false }).FillAsync("เจ้าหน้าที่เทศกิจเรียกเก็บเงินแม่ค้าหน้าตลาดทุกเช้าวันจันทร์ คนละ 200 บาท");
        await page.GetByLabel("เขตที่เกิดเหตุ / District").FillAsync("บางรัก");
        await page.GetByLabel("ไม่ประสงค์ออกนาม / Stay anonymous").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "ส่งเรื่องร้องเรียน / Submit" }).ClickAsync();

        var receipt = (await page.Locator("#receipt").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", receipt);

        var filed = await hub.Http.CaseFiledAsync(receipt);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "ดูสถานะ / See status" }).ClickAsync();
        Assert.Equal(filed.CaseNumber, (await page.Locator("#case").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_malformed_email_is_explained_in_thai_and_the_text_is_kept()
    {
        using var directory = new TempDirectory();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory));
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(hub.Http.BaseAddress!);

        await page.GetByLabel("รายละเอียด", new PageGetByLabelOptions { Exact = false }).FillAsync("ข้อความที่ต้องไม่หาย");
        // type=email would stop the browser itself; the server must also refuse, for clients without that check.
        await page.EvaluateAsync("document.getElementById('email').type = 'text'");
        await page.GetByLabel("อีเมล / Email").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "ส่งเรื่องร้องเรียน / Submit" }).ClickAsync();

        Assert.Contains("รูปแบบอีเมลไม่ถูกต้อง", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("ข้อความที่ต้องไม่หาย", await page.Locator("#text").InputValueAsync());
    }
}
