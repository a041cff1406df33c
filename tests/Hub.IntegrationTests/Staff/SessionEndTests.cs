using System.Net;
using Hub.CaseStore.Accounts;

namespace Hub.IntegrationTests.Staff;

/// <summary>Issue #18: a staff session cookie copied before logout (a shared computer, a stolen cookie) stops working at logout.</summary>
public class SessionEndTests
{
    [Fact]
    public async Task A_copied_session_cookie_is_refused_after_logout()
    {
        await using var staff = await StaffHub.StartAsync();
        using var browser = new StaffClient(staff.Hub);
        var signedIn = await browser.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hub-staff=", StringComparison.Ordinal)).Split(';')[0];
        using var thief = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = staff.Hub.Http.BaseAddress };
        async Task<HttpStatusCode> ThiefAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
            request.Headers.Add("Cookie", cookie);
            using var response = await thief.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ThiefAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/staff/logout", [], "/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ThiefAsync());
    }
}
