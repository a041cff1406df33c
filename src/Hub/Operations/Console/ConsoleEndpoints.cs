using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.Ingestion.Channels.Adapters;
using Microsoft.AspNetCore.Antiforgery;

namespace Hub.Operations.Console;

/// <summary>
/// The console's routes, all under the operator policy. Every POST carries the antiforgery token; re-drives and pauses
/// are written to the audit chain with the operator's name and ids only.
/// </summary>
public static class ConsoleEndpoints
{
    public static IEndpointRouteBuilder MapOperatorConsole(this IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup(ConsolePage.Path).RequireAuthorization(StaffPolicies.Operations).DisableAntiforgery()
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (HttpMethods.IsPost(http.Request.Method) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
                {
                    return Results.BadRequest("แบบฟอร์มหมดอายุ กรุณาโหลดหน้าใหม่ / The form expired or was forged; reload the page.");
                }

                // An account still on its initial password may only change it (the rule every /staff page keeps).
                return http.User.HasClaim(StaffClaims.MustChangePassword, "true") ? Results.Redirect("/staff/password") : await next(context);
            });
        console.MapGet("", async (HttpContext http, ConsoleReader reader, string? part, string? notice, CancellationToken ct) =>
        {
            var snapshot = await reader.ReadAsync(ct);
            return part == "live"
                ? Results.Content(ConsolePage.Live(http, snapshot), "text/html; charset=utf-8")
                : ConsolePage.Render(http, snapshot, notice);
        });
        console.MapGet("/console.js", () => Results.Text(ConsolePage.Script, "text/javascript; charset=utf-8"));
        console.MapGet("/status.json", async (ConsoleReader reader, CancellationToken ct) => Results.Json(await reader.ReadAsync(ct)));
        console.MapPost("/redrive", async (HttpContext http, AuditLog audit, CancellationToken ct) =>
        {
            var redrive = http.RequestServices.GetService<ErrorQueueRedrive>();
            var form = await http.Request.ReadFormAsync(ct);
            var queue = form["queue"].ToString();
            if (redrive is null || string.IsNullOrEmpty(queue))
            {
                return Results.BadRequest("ไม่มีคิวข้อผิดพลาดให้ส่งกลับ / No error queue to re-drive here.");
            }

            IReadOnlySet<string>? ids = form["mode"] == "all" ? null : form["id"].OfType<string>().ToHashSet(StringComparer.Ordinal);
            var moved = ids is { Count: 0 } ? 0 : await redrive.RedriveAsync(queue, ids, ct);
            await audit.AppendAsync(Actor(http), "operations.redrive", null, $"{queue}: {moved} message(s)", ct);
            return Back($"ส่งกลับ {moved} ข้อความไปยัง {queue} / Re-drove {moved} message(s) to {queue}");
        });
        console.MapPost("/adapters/{action:regex(^(pause|resume)$)}", async (string action, HttpContext http, AdapterPauses pauses, AuditLog audit, CancellationToken ct) =>
        {
            var adapter = (await http.Request.ReadFormAsync(ct))["adapter"].ToString();
            if (string.IsNullOrWhiteSpace(adapter) || adapter.Length > 128)
            {
                return Results.BadRequest();
            }

            if (action == "pause")
            {
                await pauses.PauseAsync(adapter, Actor(http), ct);
            }
            else
            {
                await pauses.ResumeAsync(adapter, ct);
            }

            await audit.AppendAsync(Actor(http), "operations.adapter." + action, null, adapter, ct);
            return Back(action == "pause" ? $"หยุด {adapter} ชั่วคราวแล้ว / Paused {adapter}" : $"{adapter} ทำงานต่อแล้ว / Resumed {adapter}");
        });
        return endpoints;
    }

    static string Actor(HttpContext http) => http.User.Identity?.Name ?? "operator";

    // Post/redirect/get: a reload never repeats the action.
    static IResult Back(string notice) => Results.Redirect($"{ConsolePage.Path}?notice={Uri.EscapeDataString(notice)}");
}
