using Hub.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright's own browser download cannot run here, so the executable
/// is the one ./test.sh installed; the flags keep it off the network and out of the sandbox root refuses.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    readonly IPlaywright playwright;

    Browser(IPlaywright playwright, IBrowser chromium)
    {
        this.playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServices.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, chromium);
    }

    public async Task<IPage> OpenAsync(Uri address)
    {
        var page = await Chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "th-TH" });
        await page.GotoAsync(address.ToString());
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        playwright.Dispose();
    }
}
