using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Officer;

/// <summary>The replaceable part: cookie sign-in against <see cref="OfficersOptions"/>. Pages read only the two claims.</summary>
public static class OfficerSignIn
{
    public const string Scheme = "officer";
    public const string Policy = "officer";
    public const string UnitClaim = "hub:unit";

    public static IServiceCollection AddOfficerSignIn(this IServiceCollection services)
    {
        services.AddOptions<OfficersOptions>().BindConfiguration(OfficersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.LoginPath = "/officer/login";
            cookie.Cookie.Name = "hub-officer";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(UnitClaim));
        services.AddAntiforgery();
        return services;
    }

    public static async Task<bool> TrySignInAsync(HttpContext http, string id, string password)
    {
        var accounts = http.RequestServices.GetRequiredService<IOptions<OfficersOptions>>().Value.Accounts;
        var account = accounts.FirstOrDefault(a => string.Equals(a.Id, id.Trim(), StringComparison.Ordinal));
        if (account is null || !OfficerPassword.Verify(password, account.PasswordHash))
        {
            return false;
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(UnitClaim, account.UnitCode)], Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return true;
    }

    public static string UnitOf(ClaimsPrincipal officer) => officer.FindFirstValue(UnitClaim) ?? "";

    public static string IdOf(ClaimsPrincipal officer) => officer.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
