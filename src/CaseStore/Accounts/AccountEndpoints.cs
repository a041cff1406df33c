using System.Security.Claims;
using Hub.CaseStore.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Accounts;

/// <summary>Sign-in (password, then the authenticator code when enabled), forced first password change, two-factor setup.</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder staff)
    {
        staff.MapGet("/login", (HttpContext http) => LoginPage(http, null)).AllowAnonymous();
        staff.MapPost("/login", async (HttpContext http, StaffSignIn signIn) =>
        {
            var form = await http.Request.ReadFormAsync();
            var email = form["email"].ToString();
            if (signIn.Gate(http, email) == SignInGate.Throttled)
            {
                return LoginPage(http, TooManyAttempts, StatusCodes.Status429TooManyRequests);
            }

            var result = await signIn.PasswordSignInAsync(email, form["password"].ToString());
            if (result.RequiresTwoFactor)
            {
                return Results.Redirect("/staff/login/code");
            }

            // One wording for a locked account and a locked unknown address, so the answer never confirms an account exists.
            return result.Succeeded ? Results.Redirect("/staff/home")
                : LoginPage(http, result.IsLockedOut ? "ลองผิดหลายครั้ง กรุณารอ 15 นาทีแล้วลองใหม่ / Too many failed attempts (account locked); wait 15 minutes and try again" : "อีเมลหรือรหัสผ่านไม่ถูกต้อง / Wrong email or password");
        }).AllowAnonymous();
        staff.MapGet("/login/code", (HttpContext http) => CodePage(http, null)).AllowAnonymous();
        staff.MapPost("/login/code", async (HttpContext http, SignInManager<StaffUser> signIn) =>
        {
            var form = await http.Request.ReadFormAsync();
            var result = await signIn.TwoFactorAuthenticatorSignInAsync(form["code"].ToString().Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
            return result.Succeeded ? Results.Redirect("/staff/home") : CodePage(http, "รหัสไม่ถูกต้อง / Wrong code");
        }).AllowAnonymous();
        staff.MapPost("/logout", async (HttpContext http, SignInManager<StaffUser> signIn, UserManager<StaffUser> users) =>
        {
            // A new security stamp invalidates every copy of this session's cookie, not just the browser's own.
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.Redirect(AccountsRegistration.LoginPath);
        }).RequireAuthorization(StaffPolicies.SignedIn);
        staff.MapGet("/home", (HttpContext http) => Results.Redirect(HomeOf(http.User))).RequireAuthorization(StaffPolicies.SignedIn);
        staff.MapGet("/password", (HttpContext http) => PasswordPage(http, [])).RequireAuthorization(StaffPolicies.SignedIn);
        staff.MapPost("/password", async (HttpContext http, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) =>
        {
            var form = await http.Request.ReadFormAsync();
            var user = await users.GetUserAsync(http.User);
            if (user is null)
            {
                return Results.Redirect(AccountsRegistration.LoginPath);
            }

            var result = await users.ChangePasswordAsync(user, form["current"].ToString(), form["new"].ToString());
            if (!result.Succeeded)
            {
                return PasswordPage(http, result.Errors.Select(e => e.Description));
            }

            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Results.Redirect("/staff/home");
        }).RequireAuthorization(StaffPolicies.SignedIn);
        staff.MapGet("/2fa", async (HttpContext http, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) =>
        {
            var user = (await users.GetUserAsync(http.User))!;
            if (user.TwoFactorEnabled)
            {
                // Once enabled the key is never shown again: whoever glimpses this page later cannot copy the second factor.
                return Page(http, "ยืนยันตัวตนสองชั้น / Two-factor sign-in", "<p>สถานะ / Status: เปิดใช้แล้ว / enabled</p>");
            }

            var key = await users.GetAuthenticatorKeyAsync(user);
            if (key is null)
            {
                // Resetting the key renews the security stamp; keep this session (other copies of the cookie end).
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            var uri = $"otpauth://totp/BMA%20Hub:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=BMA%20Hub&digits=6";
            return Page(http, "ยืนยันตัวตนสองชั้น / Two-factor sign-in", $"""
                <p>สถานะ / Status: ยังไม่เปิด / not enabled</p>
                <p>ใส่คีย์นี้ในแอปยืนยันตัวตน / Enter this key in an authenticator app: <code id="key">{E(key)}</code></p>
                <p><small>{E(uri)}</small></p>
                {Form(http, "/staff/2fa", """<label>รหัส 6 หลัก / 6-digit code <input name="code" inputmode="numeric" autocomplete="one-time-code" required></label><button>เปิดใช้ / Enable</button>""")}
                """);
        }).RequireAuthorization(StaffPolicies.SignedIn);
        staff.MapPost("/2fa", async (HttpContext http, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) =>
        {
            var form = await http.Request.ReadFormAsync();
            var user = (await users.GetUserAsync(http.User))!;
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, form["code"].ToString()))
            {
                return Page(http, "ยืนยันตัวตนสองชั้น / Two-factor sign-in", Errors(["รหัสไม่ถูกต้อง / Wrong code"]), 400);
            }

            await users.SetTwoFactorEnabledAsync(user, true);
            // Enabling renews the security stamp; this session carries on, every other copy of the cookie ends.
            await signIn.RefreshSignInAsync(user);
            return Results.Redirect("/staff/2fa");
        }).RequireAuthorization(StaffPolicies.SignedIn);
        return staff;
    }

    /// <summary>Where a role starts: the inbox for case handlers, their own page for the others.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        StaffRoles.CaseHandlers.Any(user.IsInRole) ? "/staff"
        : user.IsInRole(StaffRoles.Auditor) ? "/staff/audit"
        : user.IsInRole(StaffRoles.Operator) ? "/staff/operations"
        : user.IsInRole(StaffRoles.Administrator) ? "/staff/accounts"
        : "/staff/2fa";

    const string TooManyAttempts = "มีการลองเข้าสู่ระบบจากเครื่องนี้มากเกินไป กรุณารอสักครู่ / Too many sign-in attempts from this address; wait a minute";

    static IResult LoginPage(HttpContext http, string? error, int? status = null) => Page(http, "เข้าสู่ระบบเจ้าหน้าที่ / Staff sign-in", Errors(error is null ? [] : [error]) + Form(http, "/staff/login", """
        <label>อีเมล / Email <input id="email" name="email" type="email" autocomplete="username" required></label>
        <label>รหัสผ่าน / Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
        <button id="login">เข้าสู่ระบบ / Sign in</button>
        """) + SingleSignOnLink(http), status ?? (error is null ? 200 : 401));

    static string SingleSignOnLink(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<SingleSignOn.StaffOidcOptions>>().Value is { Enabled: true } sso
            ? $"""<p><a id="sso" href="/staff/login/sso">เข้าสู่ระบบด้วย {E(sso.DisplayName)} / Sign in with {E(sso.DisplayName)}</a></p>"""
            : "";

    static IResult CodePage(HttpContext http, string? error) => Page(http, "รหัสยืนยันตัวตน / Authenticator code", Errors(error is null ? [] : [error]) + Form(http, "/staff/login/code", """
        <label>รหัส 6 หลักจากแอป / 6-digit code <input name="code" inputmode="numeric" autocomplete="one-time-code" required></label><button>ยืนยัน / Verify</button>
        """), error is null ? 200 : 401);

    static IResult PasswordPage(HttpContext http, IEnumerable<string> errors) => Page(http, "เปลี่ยนรหัสผ่าน / Change password", $"""
        <p>ต้องเปลี่ยนรหัสผ่านครั้งแรกก่อนใช้งาน (อย่างน้อย 12 ตัวอักษร มีตัวพิมพ์ใหญ่ เล็ก และตัวเลข)
        <br><small>Choose a new password before you continue: at least 12 characters with upper and lower case and a digit.</small></p>
        {Errors(errors)}
        {Form(http, "/staff/password", """
            <label>รหัสผ่านปัจจุบัน / Current password <input id="current" name="current" type="password" autocomplete="current-password" required></label>
            <label>รหัสผ่านใหม่ / New password <input id="new" name="new" type="password" autocomplete="new-password" required></label>
            <button id="change">บันทึก / Save</button>
            """)}
        """);
}
