using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.CaseStore.Accounts.SingleSignOn;

public static class SingleSignOnRegistration
{
    /// <summary>
    /// Registers the OpenID Connect scheme only when enabled: a registered remote scheme inspects every request,
    /// so a disabled one must not exist at all.
    /// </summary>
    public static IServiceCollection AddStaffSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOidcOptions>().BindConfiguration(StaffOidcOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(StaffOidcOptions.SectionName).Get<StaffOidcOptions>() ?? new StaffOidcOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(StaffOidcOptions.Scheme, settings.DisplayName, options =>
        {
            // The provider's answer lands in Identity's external cookie; the callback page then picks the staff account.
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority?.ToString();
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            // A query response survives the SameSite=Lax cookies a form_post from another site would lose.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.CallbackPath = StaffOidcOptions.CallbackPath;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            // A top-level GET callback carries Lax cookies, so these need not demand a secure context of their own.
            options.CorrelationCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("email");
        });
        return services;
    }
}
