using System.Net;
using Hub.CaseStore.Accounts;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Issue #18: one security-headers policy on every response of the real host — the public form, receipts, staff and
/// officer pages, health — and no inline script left for the policy to forbid.
/// </summary>
public class SecurityHeadersTests
{
    [Fact]
    public async Task Every_door_answers_with_the_policy_and_personal_pages_are_never_cached()
    {
        await using var staff = await StaffHub.StartAsync();
        using var operatorClient = new StaffClient(staff.Hub);
        await operatorClient.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Operator));
        var pages = new Dictionary<string, bool>
        {
            ["/"] = false, ["/health/live"] = false, ["/status?code=AAAA-BBBB-CCCC-DDDD"] = true, ["/api/receipts/AAAA-BBBB-CCCC-DDDD"] = true,
            ["/staff/login"] = true, ["/officer/login"] = true, ["/staff/operations"] = true,
        };
        foreach (var (path, personal) in pages)
        {
            using var response = await operatorClient.GetAsync(path);
            var h = response.Headers;
            Assert.True(response.Content.Headers.Contains("X-Content-Type-Options") || h.Contains("X-Content-Type-Options"), path);
            var csp = Assert.Single(h.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Equal("DENY", Assert.Single(h.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", Assert.Single(h.GetValues("Referrer-Policy")));
            Assert.False(h.Contains("Strict-Transport-Security"), $"{path}: HSTS over plain HTTP would lock out the embedded default");
            // Public pages may be cached (the form page is not: its antiforgery token already says no-store).
            Assert.True(!personal || h.CacheControl?.NoStore == true, $"{path} must not be stored");
        }

        // The console's refresher is a file now; no page carries an inline script the policy would block.
        var console = await (await operatorClient.GetAsync("/staff/operations")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", console, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/staff/operations/console.js\">", console, StringComparison.Ordinal);
        using var script = await operatorClient.GetAsync("/staff/operations/console.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("setInterval", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await (await operatorClient.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
