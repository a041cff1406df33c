using Hub.CaseStore.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Accounts.SingleSignOn;

/// <summary>
/// Starts the single sign-on and finishes it by matching the provider's subject (or, the first time, its verified
/// e-mail) to an existing staff account. Nobody gets an account here that an administrator did not provision.
/// </summary>
public static class SingleSignOnEndpoints
{
    public const string DonePath = "/staff/login/sso/done";

    public static RouteGroupBuilder MapSingleSignOn(this RouteGroupBuilder staff)
    {
        staff.MapGet("/login/sso", (IOptions<StaffOidcOptions> options) => options.Value.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = DonePath }, [StaffOidcOptions.Scheme])
            : Results.NotFound()).AllowAnonymous();
        staff.MapGet("/login/sso/done", async (HttpContext http, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, IOptions<StaffOidcOptions> options, CancellationToken ct) =>
        {
            var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
            await http.SignOutAsync(IdentityConstants.ExternalScheme);
            var subject = external.Principal?.FindFirst("sub")?.Value;
            if (!options.Value.Enabled || !external.Succeeded || subject is null)
            {
                return Refused(http);
            }

            var user = await users.FindByLoginAsync(StaffOidcOptions.Scheme, subject);
            if (user is null && external.Principal!.FindFirst("email_verified")?.Value == "true"
                && external.Principal.FindFirst(options.Value.EmailClaim)?.Value is { Length: > 0 } email)
            {
                user = await users.FindByEmailAsync(email);
                if (user is not null && !(await users.AddLoginAsync(user, new UserLoginInfo(StaffOidcOptions.Scheme, subject, options.Value.DisplayName))).Succeeded)
                {
                    user = null;
                }
            }

            if (user is null || await users.IsLockedOutAsync(user))
            {
                // Ids only: the subject is the provider's, not personal data of a reporter, but still not logged in full.
                await audit.RecordViewAsync("sso:" + subject[..Math.Min(8, subject.Length)], "account.sso-refused", null, null, ct);
                return Refused(http);
            }

            await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: StaffOidcOptions.Scheme);
            await audit.RecordViewAsync(user.Email ?? user.Id, "account.sso-sign-in", null, null, ct);
            return Results.Redirect("/staff/home");
        }).AllowAnonymous();
        return staff;
    }

    static IResult Refused(HttpContext http) => Page(http, "เข้าสู่ระบบไม่สำเร็จ / Sign-in refused", """
        <p>บัญชีนี้ยังไม่ได้ลงทะเบียนเป็นเจ้าหน้าที่ในระบบ กรุณาติดต่อผู้ดูแลระบบ
        <br><small>This single sign-on identity does not match a staff account. Ask an administrator to provision you.</small></p>
        <p><a href="/staff/login">กลับไปหน้าเข้าสู่ระบบ / Back to sign-in</a></p>
        """, 403);
}
