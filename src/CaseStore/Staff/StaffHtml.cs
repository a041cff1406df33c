using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hub.CaseStore.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.CaseStore.Staff;

/// <summary>
/// The one layout of the staff pages: plain server-rendered HTML, Thai first, no JavaScript. Callers encode every
/// value with <see cref="E"/>; every form gets <see cref="Form"/> so the antiforgery token is never forgotten.
/// </summary>
public static class StaffHtml
{
    // Thai stays readable in the markup (and in tests); markup characters are still always encoded.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai);

    public static string E(string? value) => Encoder.Encode(value ?? "");

    public static string Form(HttpContext http, string action, string body, string method = "post")
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"""<form method="{method}" action="{E(action)}"><input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">{body}</form>""";
    }

    public static IResult Page(HttpContext http, string title, string body, int statusCode = 200)
    {
        var user = http.User;
        var nav = user.Identity?.IsAuthenticated == true
            ? $"""<nav>{Links(user)} <span class="who">{E(user.Identity.Name)}</span> {Form(http, "/staff/logout", "<button>ออกจากระบบ / Sign out</button>")}</nav>"""
            : "";
        return Results.Content(Document(title, nav + $"<main><h1>{E(title)}</h1>{body}</main>"), "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>A whole page; also used offline for the printable sealed letters.</summary>
    public static string Document(string title, string body) => $"""
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} — ระบบเจ้าหน้าที่ กทม.</title>
            <style>
            body{"{"}font-family:Sarabun,"Noto Sans Thai",Tahoma,sans-serif;max-width:64rem;margin:1rem auto;padding:0 1rem;line-height:1.5{"}"}
            nav form{"{"}display:inline{"}"} nav a{"{"}margin-right:1rem{"}"} table{"{"}border-collapse:collapse;width:100%{"}"}
            td,th{"{"}border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top{"}"} label{"{"}display:block;margin-top:.6rem{"}"}
            .errors{"{"}border:2px solid #b00020;padding:.5rem;color:#b00020{"}"} .complaint{"{"}white-space:pre-wrap;border-left:4px solid #888;padding-left:.6rem{"}"}
            .letter{"{"}page-break-after:always;border:1px dashed #000;padding:1rem;margin:1rem 0{"}"} small{"{"}color:#555{"}"}
            </style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;

    public static string Errors(IEnumerable<string> errors)
    {
        var list = errors.ToList();
        return list.Count == 0 ? "" : $"""<div class="errors" role="alert"><ul>{string.Concat(list.Select(e => $"<li>{E(e)}</li>"))}</ul></div>""";
    }

    static string Links(ClaimsPrincipal user)
    {
        var links = new List<string>();
        if (StaffRoles.CaseHandlers.Any(user.IsInRole))
        {
            links.Add("""<a href="/staff">กล่องเรื่อง / Inbox</a>""");
            links.Add("""<a href="/staff/overdue">เกินกำหนด / Overdue</a>""");
            links.Add("""<a href="/staff/reports">รายงานประจำเดือน / Monthly report</a>""");
        }

        if (user.IsInRole(StaffRoles.Auditor))
        {
            links.Add("""<a href="/staff/audit">บันทึกตรวจสอบ / Audit log</a>""");
        }

        if (user.IsInRole(StaffRoles.Operator))
        {
            links.Add("""<a href="/staff/operations">สถานะระบบ / Operations</a>""");
        }

        if (user.IsInRole(StaffRoles.Administrator))
        {
            links.Add("""<a href="/staff/accounts">บัญชีผู้ใช้ / Accounts</a>""");
        }

        links.Add("""<a href="/staff/2fa">ยืนยันตัวตนสองชั้น / Two-factor</a>""");
        return string.Join(' ', links);
    }
}
