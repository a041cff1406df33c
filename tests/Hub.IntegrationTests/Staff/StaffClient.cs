using System.Net;
using System.Text.RegularExpressions;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>A browser-like client for the staff pages: its own cookies, no automatic redirects, forms posted with their token.</summary>
public sealed partial class StaffClient : IDisposable
{
    readonly HttpClient http;

    public StaffClient(EmbeddedHub hub)
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = hub.Http.BaseAddress };
    }

    public const string Password = "Correct-Horse-42";

    /// <summary>Creates a ready account (password already changed) in one role.</summary>
    public static async Task<string> CreateUserAsync(EmbeddedHub hub, string role, string? unit = null, bool mustChangePassword = false, string password = Password, string? email = null)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var r in StaffRoles.All.Where(r => !roles.RoleExistsAsync(r).GetAwaiter().GetResult()))
        {
            await roles.CreateAsync(new IdentityRole(r));
        }

        email ??= $"{role}-{Guid.NewGuid():N}@bangkok.go.th";
        var user = new StaffUser { UserName = email, Email = email, DisplayName = role, UnitCode = unit, MustChangePassword = mustChangePassword };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = Password) =>
        await PostFormAsync("/staff/login", new() { ["email"] = email, ["password"] = password });

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Reads the form's token from <paramref name="formPage"/> (default: the login page), then posts.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null, bool withToken = true)
    {
        if (withToken)
        {
            var page = await (await GetAsync(formPage ?? "/staff/login")).Content.ReadAsStringAsync();
            var token = TokenField().Match(page);
            Assert.True(token.Success, "the page has an antiforgery field");
            fields[token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value);
        }

        return await http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]+)">""")]
    private static partial Regex TokenField();

    public void Dispose() => http.Dispose();
}
