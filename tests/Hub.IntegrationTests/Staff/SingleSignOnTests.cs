using System.Net;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Accounts.SingleSignOn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Staff;

/// <summary>OpenID Connect sign-in for the BMA single sign-on (issue #7 "Accounts"): existing accounts only, never created.</summary>
public class SingleSignOnTests
{
    [Fact]
    public async Task An_enabled_provider_without_an_authority_stops_the_host()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StaffHub.StartAsync(new Dictionary<string, string?>
        {
            ["Hub:Staff:Oidc:Enabled"] = "true",
            ["Hub:Staff:Oidc:ClientId"] = "hub-staff",
        }));
        Assert.Contains("Authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_by_default_there_is_no_single_sign_on()
    {
        await using var staff = await StaffHub.StartAsync();
        using var client = new StaffClient(staff.Hub);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/login/sso")).StatusCode);
        Assert.DoesNotContain("/staff/login/sso", await (await client.GetAsync("/staff/login")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provider_signs_in_an_existing_account_and_an_unknown_identity_gets_nothing()
    {
        await using var provider = await FakeOidcProvider.StartAsync();
        await using var staff = await StaffHub.StartAsync(provider.Settings);
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);

        using (var client = new StaffClient(staff.Hub))
        {
            provider.Email = email;
            Assert.Equal(HttpStatusCode.Redirect, (await SignInThroughProviderAsync(client, provider)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        }

        // The subject is linked now: a later sign-in finds the account by it even if the e-mail claim changes.
        using (var client = new StaffClient(staff.Hub))
        {
            provider.Email = "renamed@bangkok.go.th";
            Assert.Equal(HttpStatusCode.Redirect, (await SignInThroughProviderAsync(client, provider)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        }

        var accounts = await staff.Hub.WithDbAsync(db => db.Users.CountAsync());
        using (var stranger = new StaffClient(staff.Hub))
        {
            provider.Subject = "sso-stranger";
            provider.Email = "stranger@bangkok.go.th";
            Assert.Equal(HttpStatusCode.Forbidden, (await SignInThroughProviderAsync(stranger, provider)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/staff")).StatusCode);
        }

        Assert.Equal(accounts, await staff.Hub.WithDbAsync(db => db.Users.CountAsync()));
        var actions = await staff.Hub.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Equal(2, actions.Count(a => a == "account.sso-sign-in"));
        Assert.Contains("account.sso-refused", actions);
    }

    /// <summary>Walks the redirects like a browser: hub → provider (which signs in at once) → hub callback → finish page.</summary>
    static async Task<HttpResponseMessage> SignInThroughProviderAsync(StaffClient client, FakeOidcProvider provider)
    {
        var challenge = await client.GetAsync("/staff/login/sso");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Issuer + "/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("client_id=" + FakeOidcProvider.ClientId, authorize.Query, StringComparison.Ordinal);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var callback = (await browser.GetAsync(authorize)).Headers.Location!;
        Assert.Equal(StaffOidcOptions.CallbackPath, callback.AbsolutePath);

        var finished = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        Assert.Equal(SingleSignOnEndpoints.DonePath, finished.Headers.Location!.OriginalString);
        return await client.GetAsync(SingleSignOnEndpoints.DonePath);
    }
}
