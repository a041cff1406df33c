using System.Security.Claims;
using Hub.CaseStore.Accounts;
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
        services.AddSignInThrottle();
        return services;
    }

    public enum Outcome { SignedIn, Failed, Locked, Throttled }

    public const string Door = "officer";

    // Verified in place of a missing account's hash, with the same iterations, so an unknown id costs what a known one does.
    static readonly Lazy<string> Decoy = new(() => OfficerPassword.Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))));

    /// <summary>
    /// Checks the password whatever happens (unknown id, locked id) so the time taken tells nothing, then applies the
    /// lockout, which counts unknown ids exactly like known ones.
    /// </summary>
    public static async Task<Outcome> TrySignInAsync(HttpContext http, string id, string password)
    {
        var throttle = http.RequestServices.GetRequiredService<SignInThrottle>();
        var gate = throttle.Check(Door, id, http.Connection.RemoteIpAddress);
        if (gate == SignInGate.Throttled)
        {
            return Outcome.Throttled;
        }

        var accounts = http.RequestServices.GetRequiredService<IOptions<OfficersOptions>>().Value.Accounts;
        var account = accounts.FirstOrDefault(a => string.Equals(a.Id, id.Trim(), StringComparison.Ordinal));
        var matches = OfficerPassword.Verify(password, account?.PasswordHash ?? Decoy.Value) && account is not null;
        if (gate == SignInGate.Locked)
        {
            return Outcome.Locked;
        }

        if (!matches)
        {
            return throttle.RecordFailure(Door, id) ? Outcome.Locked : Outcome.Failed;
        }

        throttle.RecordSuccess(Door, id);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account!.Id), new Claim(UnitClaim, account.UnitCode)], Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Outcome.SignedIn;
    }

    public static string UnitOf(ClaimsPrincipal officer) => officer.FindFirstValue(UnitClaim) ?? "";

    public static string IdOf(ClaimsPrincipal officer) => officer.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
