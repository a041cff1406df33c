using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Evidence;
using Hub.CaseStore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.CaseStore.Staff;

/// <summary>
/// Everything under /staff. Two rules hold for every route: a POST without a valid antiforgery token is refused,
/// and a user still on the one-time initial password can do nothing but change it.
/// </summary>
public static class StaffModule
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddStaffAccounts();
        services.AddAuditChain();
        services.AddScoped<CaseWork>();
        services.AddScoped<CaseLinking>();
        services.AddScoped<AccusedPersons>();
        services.AddScoped<Duplicates.PossibleDuplicateReview>();
        services.AddEvidenceFiles();
        services.AddScoped<Reports.MonthlyReport>();
        services.AddScoped<IdentityReveal>();
        return services;
    }

    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/staff").DisableAntiforgery().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsPost(http.Request.Method))
            {
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    return Results.BadRequest("แบบฟอร์มหมดอายุ กรุณาโหลดหน้าใหม่ / The form expired or was forged; reload the page.");
                }
            }

            var path = http.Request.Path.Value ?? "";
            if (http.User.HasClaim(StaffClaims.MustChangePassword, "true") && path is not ("/staff/password" or "/staff/logout"))
            {
                return Results.Redirect("/staff/password");
            }

            return await next(context);
        });
        staff.MapAccounts();
        Accounts.SingleSignOn.SingleSignOnEndpoints.MapSingleSignOn(staff);
        staff.MapCaseWork();
        staff.MapCaseLinking();
        staff.MapAccused();
        Duplicates.PossibleDuplicateEndpoints.MapPossibleDuplicates(staff);
        staff.MapEvidence();
        staff.MapRevealEndpoints();
        staff.MapDeadlines();
        Reports.ReportEndpoints.MapReports(staff);
        staff.MapGet("/audit", async (HttpContext http, AuditLog audit, Persistence.HubDbContext db) =>
        {
            var entries = db.AuditEntries.OrderByDescending(a => a.Sequence).Take(200).ToList();
            return StaffHtml.Page(http, "บันทึกการตรวจสอบ / Audit log", $"""
                <table id="audit"><tr><th>#</th><th>เวลา / At (UTC)</th><th>ผู้กระทำ / Actor</th><th>การกระทำ / Action</th><th>เรื่อง / Case</th><th>รายละเอียด / Detail</th></tr>
                {string.Concat(entries.Select(a => $"<tr><td>{a.Sequence}</td><td>{a.AtUtc:yyyy-MM-dd HH:mm:ss}</td><td>{StaffHtml.E(a.Actor)}</td><td>{StaffHtml.E(a.Action)}</td><td>{StaffHtml.E(a.CaseId)}</td><td>{StaffHtml.E(a.Detail)}</td></tr>"))}
                </table>
                """);
        }).RequireAuthorization(StaffPolicies.Audit);
        // /staff/operations is the operator console, composed in the Hub host where the broker is known.
        staff.MapGet("/accounts", (HttpContext http, UserManager<StaffUser> users) =>
        {
            var list = users.Users.OrderBy(u => u.UnitCode).ThenBy(u => u.Email).ToList();
            return StaffHtml.Page(http, "บัญชีผู้ใช้ / Accounts", $"""
                <table id="accounts"><tr><th>อีเมล / Email</th><th>ชื่อ / Name</th><th>หน่วยงาน / Unit</th><th>2FA</th><th>ต้องเปลี่ยนรหัส / Must change password</th></tr>
                {string.Concat(list.Select(u => $"<tr><td>{StaffHtml.E(u.Email)}</td><td>{StaffHtml.E(u.DisplayName)}</td><td>{StaffHtml.E(u.UnitCode ?? "-")}</td><td>{(u.TwoFactorEnabled ? "✓" : "")}</td><td>{(u.MustChangePassword ? "✓" : "")}</td></tr>"))}
                </table><p>เพิ่มบัญชีด้วยคำสั่ง / Add accounts with <code>hub users import units.csv</code></p>
                """);
        }).RequireAuthorization(StaffPolicies.Accounts);
        return endpoints;
    }
}
