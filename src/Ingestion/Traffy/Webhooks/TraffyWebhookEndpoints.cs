using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Ingestion.Accepting;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.Webhooks;

/// <summary>
/// <c>/channels/traffy/webhook</c>: Traffy's new-issue (<c>POST</c>) and status-update (<c>PATCH</c>) webhooks. Traffy
/// does not sign them, so a call must come from an allowed address AND carry our own secret; anything else gets 403
/// with the reason. A webhook only feeds the idempotent <see cref="TraffyIngest"/>; the poller's reconciliation pass
/// brings whatever a lost webhook would have. Hub never answers a webhook by writing to Traffy.
/// </summary>
public static class TraffyWebhookEndpoints
{
    public const string Path = "/channels/traffy/webhook";
    public const string SecretHeader = "X-Hub-Traffy-Secret";

    public static IEndpointRouteBuilder MapTraffyWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Post, HttpMethods.Patch], async (
            HttpContext http, IOptions<TraffyOptions> options, TraffyFeedStatus status, TraffyIngest ingest, IntakeIssues issues, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var settings = options.Value;
            if (!settings.WebhooksOpen)
            {
                return Results.NotFound();
            }

            var refusal = Refusal(http, settings);
            if (refusal is not null)
            {
                status.Webhook(accepted: false);
                loggers.CreateLogger(typeof(TraffyWebhookEndpoints)).LogWarning("Traffy webhook refused: {Reason}", refusal);
                return Results.Problem(title: refusal, statusCode: StatusCodes.Status403Forbidden);
            }

            JsonObject body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject
                    ?? throw new JsonException("not an object");
            }
            catch (JsonException ex)
            {
                await issues.RecordAsync(TraffyChannel.Name, Path, "body", $"malformed JSON: {ex.GetType().Name}", cancellationToken);
                return Results.Problem(title: "เนื้อหาไม่ใช่ JSON ที่อ่านได้ / The body is not a JSON object", statusCode: StatusCodes.Status400BadRequest);
            }

            status.Webhook(accepted: true);
            return HttpMethods.IsPatch(http.Request.Method)
                ? await StatusUpdateAsync(body, ingest, cancellationToken)
                : await NewIssueAsync(body, ingest, status, cancellationToken);
        }).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Address first, then secret; both are checked on every call.</summary>
    static string? Refusal(HttpContext http, TraffyOptions settings)
    {
        if (!new WebhookSources(settings.AllowedSources).Allows(http.Connection.RemoteIpAddress))
        {
            return "ที่อยู่ต้นทางไม่ได้รับอนุญาต / Source address not allowed";
        }

        var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].FirstOrDefault() ?? "");
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(Encoding.UTF8.GetBytes(settings.WebhookSecret!)))
            ? null
            : $"ไม่มีหรือรหัสลับผิด / Missing or wrong {SecretHeader}";
    }

    static async Task<IResult> NewIssueAsync(JsonObject body, TraffyIngest ingest, TraffyFeedStatus status, CancellationToken cancellationToken)
    {
        var ticket = TraffyFields.Read(body, TraffyTime.Bangkok);
        if (ticket.Redacted)
        {
            status.Update(s => s with { Redacted = s.Redacted + 1 });
            return Results.Json(new { outcome = TraffyOutcome.Redacted.ToString() }, statusCode: StatusCodes.Status202Accepted);
        }

        var outcome = await ingest.ApplyAsync(ticket, "webhook", cancellationToken);
        return Results.Json(new { outcome = outcome.ToString() }, statusCode: StatusCodes.Status202Accepted);
    }

    static async Task<IResult> StatusUpdateAsync(JsonObject body, TraffyIngest ingest, CancellationToken cancellationToken)
    {
        var ticketId = body["ticket_id"]?.ToString();
        var state = body["status"]?.ToString();
        if (string.IsNullOrWhiteSpace(ticketId) || string.IsNullOrWhiteSpace(state))
        {
            return Results.Problem(title: "ต้องมี ticket_id และ status / ticket_id and status are required", statusCode: StatusCodes.Status400BadRequest);
        }

        // An unknown ticket is not an error: its new-issue webhook was lost, and the next poll brings it whole.
        var known = await ingest.UpdateStateAsync(ticketId.Trim(), state.Trim(), cancellationToken);
        return Results.Json(new { known }, statusCode: StatusCodes.Status202Accepted);
    }
}
