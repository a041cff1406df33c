using Hub.BrowserTests.Infrastructure;
using Hub.Ingestion.Officer;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Officer;

public sealed class OfficerEntryBrowserTests : IAsyncLifetime
{
    const string Password = "รหัสผ่าน-ทดสอบ-2569";
    readonly TempDirectory directory = new();
    EmbeddedHub hub = null!;
    Browser browser = null!;

    public async Task InitializeAsync()
    {
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?>
        {
            ["Hub:Evidence:Directory"] = directory["evidence"],
            ["Hub:Officers:Accounts:0:Id"] = "bangrak.officer",
            ["Hub:Officers:Accounts:0:UnitCode"] = "D1004",
            ["Hub:Officers:Accounts:0:PasswordHash"] = OfficerPassword.Hash(Password),
        }));
        browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task A_signed_in_officer_enters_a_letter_with_a_scan_and_gets_a_receipt_that_becomes_a_case()
    {
        var page = await SignInAsync();
        await page.GetByLabel("ได้รับเรื่องทาง / Arrived by *").SelectOptionAsync("letter");
        await page.GetByLabel("เลขที่หนังสือ / Letter reference").FillAsync("กท 5201/1234");
        await page.GetByLabel("ลงวันที่ / Letter date").FillAsync("2026-05-11");
        await page.GetByLabel("ชื่อ-นามสกุล / Name").FillAsync("สมหญิง ร้องเรียน");
        await page.GetByLabel("หน่วยงานผู้ถูกร้อง / Accused unit").SelectOptionAsync("D1004");
        await page.GetByLabel("ผู้ถูกร้อง (ถ้าทราบ) / Accused person, if known").FillAsync("หัวหน้าฝ่ายโยธา");
        await page.GetByLabel("รายละเอียดเรื่องร้องเรียน / Complaint text *").FillAsync("เจ้าหน้าที่ฝ่ายโยธาเรียกเงินใต้โต๊ะ 30,000 บาทเพื่อออกใบอนุญาตก่อสร้าง");
        await page.GetByLabel("เอกสารแนบที่สแกน / Scanned attachments").SetInputFilesAsync(new FilePayload
        {
            Name = "letter-scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 scanned letter"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "บันทึกเรื่อง / Save complaint" }).ClickAsync();

        var receipt = (await page.Locator("#receipt").InnerTextAsync()).Trim();
        await hub.Http.CaseFiledAsync(receipt);
        var complaint = await hub.WithDbAsync(db => db.Complaints.Include(c => c.References).SingleAsync());
        Assert.Equal("officer", complaint.Channel);
        Assert.StartsWith("D1004:", complaint.ChannelMessageId, StringComparison.Ordinal);
        Assert.Contains("letter:กท5201/1234", complaint.References.Select(r => r.Reference));
        Assert.False(complaint.ReporterAnonymous);
        Assert.Single(Directory.GetFiles(directory["evidence"], "*.bin", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_officer_cannot_file_for_another_unit_even_by_editing_the_form()
    {
        var page = await SignInAsync();
        await page.EvaluateAsync("document.querySelector('#unit').innerHTML = '<option value=\"D1001\" selected>พระนคร</option>'");
        await page.GetByLabel("ได้รับเรื่องทาง / Arrived by *").SelectOptionAsync("walk-in");
        await page.GetByLabel("รายละเอียดเรื่องร้องเรียน / Complaint text *").FillAsync("เทศกิจเก็บส่วยแม่ค้า");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "บันทึกเรื่อง / Save complaint" }).ClickAsync();

        Assert.Contains("ไม่มีสิทธิ์", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
    }

    [Fact]
    public async Task Without_signing_in_the_entry_form_sends_the_officer_to_sign_in()
    {
        var page = await browser.OpenAsync(new Uri(hub.Http.BaseAddress!, "/officer/complaints/new"));
        Assert.Contains("/officer/login", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("รหัสเจ้าหน้าที่ / Officer id").FillAsync("bangrak.officer");
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();
        Assert.Contains("ไม่ถูกต้อง", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
    }

    async Task<IPage> SignInAsync()
    {
        var page = await browser.OpenAsync(new Uri(hub.Http.BaseAddress!, "/officer/login"));
        await page.GetByLabel("รหัสเจ้าหน้าที่ / Officer id").FillAsync("bangrak.officer");
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();
        Assert.EndsWith("/officer/complaints/new", page.Url, StringComparison.Ordinal);
        return page;
    }
}
