using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Accounts;
using Hub.Ingestion.Channels.Adapters;
using Hub.Ingestion.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Operations;

public sealed class OperatorConsoleBrowserTests
{
    [Fact]
    public async Task An_operator_signs_in_sees_queues_and_adapters_and_pauses_the_hotline_folder()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(vhost.HubSettings()).With(new Dictionary<string, string?>
        {
            ["Hub:Hotline:DropDirectory"] = directory["hotline"],
            ["Hub:Hotline:ScanInterval"] = "00:00:00.500",
        }));
        var email = await StaffClient.CreateUserAsync(hub, StaffRoles.Operator);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(hub.Http.BaseAddress!, "/staff/operations"));

        await page.GetByLabel("อีเมล / Email").FillAsync(email);
        await page.GetByLabel("รหัสผ่าน / Password").FillAsync(StaffClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/operations"); // an operator's home

        Assert.Equal(1, await page.Locator("#queues tr[data-queue='normalizer']").CountAsync());
        Assert.Equal(1, await page.Locator("#queues tr[data-queue='case-store-intake']").CountAsync());
        var folder = page.Locator($"#adapters tr[data-adapter='{HotlineDropFolderService.Adapter}']");
        await folder.GetByRole(AriaRole.Button, new() { Name = "หยุดชั่วคราว / Pause" }).ClickAsync();

        Assert.Contains(HotlineDropFolderService.Adapter, await page.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("หยุดชั่วคราว / paused", await folder.Locator(".state").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(hub.Services.GetRequiredService<ChannelAdapterRegistry>().IsPaused(HotlineDropFolderService.Adapter));

        // The live part refreshes in place: resumed elsewhere, the page shows it without a reload.
        await hub.WithDbAsync(async db =>
        {
            await new AdapterPauses(db, TimeProvider.System).ResumeAsync(HotlineDropFolderService.Adapter, CancellationToken.None);
            return 0;
        });
        await folder.GetByRole(AriaRole.Button, new() { Name = "หยุดชั่วคราว / Pause" }).WaitForAsync(new() { Timeout = 30_000 });
    }
}
