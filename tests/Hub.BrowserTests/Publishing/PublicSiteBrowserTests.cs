using Hub.BrowserTests.Infrastructure;
using Hub.CaseStore.Cases;
using Hub.IntegrationTests.Infrastructure;
using Hub.Publisher.Disclosure;
using Hub.Publisher.Site;
using Hub.Publisher.Statistics;
using Hub.Publisher.Targets;

namespace Hub.BrowserTests.Publishing;

public sealed class PublicSiteBrowserTests
{
    [Fact]
    public async Task The_generated_site_opens_from_file_with_thai_text_an_svg_chart_and_working_links()
    {
        using var directory = new TempDirectory();
        var start = new FiscalYear(2570).StartUtc;
        var facts = Enumerable.Range(0, 12).Select(i => new CaseFacts(start.AddDays(i * 5), i % 3 == 0 ? start.AddDays(i * 5 + 20) : null,
            i % 2 == 0 ? "BRIBERY" : "PROCUREMENT", "D1004", ["webform"])).ToList();
        var now = new DateTimeOffset(2026, 12, 15, 12, 0, 0, TimeSpan.FromHours(7));
        var release = DisclosureControl.Apply(StatisticsCalculator.Calculate(facts, now), 5, previous: null);
        AtomicSiteWriter.Publish(directory["public"], SiteBuilder.Build([release], "/"), 1);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(Path.Combine(directory["public"], "index.html")));

        Assert.Contains("สถิติเรื่องร้องเรียนการทุจริต", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("12", (await page.Locator("#total-received").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("main svg[role=img] rect").First.CountAsync());
        Assert.True(await page.Locator("main svg rect").CountAsync() >= 6);
        Assert.Contains("ไตรมาส 1/2570", await page.Locator("#quarters").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "คู่มือการจัดการเรื่องร้องเรียน / Handling manual" }).ClickAsync();
        Assert.Contains("ภายใน 45 วัน", await page.Locator("#steps").InnerTextAsync(), StringComparison.Ordinal);
        await page.GoBackAsync();
        await page.Locator("a[href='fy2570/stats.csv']").First.WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px Sarabun', 'ก')"));
    }
}
