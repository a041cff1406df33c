using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.CaseStore.Accounts;

public static class AccountsRegistration
{
    public const string LoginPath = "/staff/login";

    /// <summary>Identity on the hub database, cookie sign-in, and one policy per kind of staff work.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HubDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaims>()
            .AddPasswordValidator<NotTheCurrentPassword>()
            .AddDefaultTokenProviders();
        // Every request checks the cookie's security stamp against the account, so a cookie copied before logout (or
        // before a password change) stops working at once instead of living out its 8 hours.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.Cookie.Name = "hub-staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A signed-in user without the role gets a plain 403, not a redirect loop to a page that does not exist.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(StaffPolicies.Cases, p => p.RequireRole(StaffRoles.CaseHandlers))
            .AddPolicy(StaffPolicies.Custodian, p => p.RequireRole(StaffRoles.Center))
            .AddPolicy(StaffPolicies.Audit, p => p.RequireRole(StaffRoles.Auditor))
            .AddPolicy(StaffPolicies.Operations, p => p.RequireRole(StaffRoles.Operator))
            .AddPolicy(StaffPolicies.Accounts, p => p.RequireRole(StaffRoles.Administrator));
        services.AddAntiforgery(options => options.Cookie.Name = "hub-staff-af");
        services.AddScoped<StaffImport>();
        services.AddSignInThrottle();
        services.AddScoped<StaffSignIn>();
        return services;
    }
}
