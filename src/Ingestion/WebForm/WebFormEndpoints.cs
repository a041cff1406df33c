using Hub.Ingestion.Channels.Adapters;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Receipts;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Accepting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Hub.Ingestion.WebForm;

/// <summary>The web-form door: a no-JavaScript HTML form and the JSON API behind it.</summary>
public static class WebFormEndpoints
{
    public const string Channel = "webform";

    public static IEndpointRouteBuilder MapWebForm(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Content(WebFormPages.Form(), "text/html; charset=utf-8"));

        endpoints.MapPost("/api/complaints", async (
            [FromBody] WebFormRequest request,
            [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            ComplaintAcceptor acceptor,
            ChannelAdapterRegistry adapters,
            ILoggerFactory loggers,
            CancellationToken cancellationToken) =>
        {
            var errors = WebFormValidator.Validate(request);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "ข้อมูลไม่ถูกต้อง / Invalid complaint");
            }

            var accepted = await TryAcceptAsync(request, idempotencyKey, acceptor, adapters, loggers, cancellationToken);
            return accepted is null
                ? Unavailable()
                : Results.Json(new { receipt = accepted.ReceiptCode }, statusCode: StatusCodes.Status202Accepted);
        }).DisableAntiforgery();

        endpoints.MapPost("/complaints", async (HttpRequest http, ComplaintAcceptor acceptor, ChannelAdapterRegistry adapters, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var form = await http.ReadFormAsync(cancellationToken);
            var request = new WebFormRequest
            {
                Text = form["text"],
                Subject = NullIfEmpty(form["subject"]),
                Anonymous = form["anonymous"] == "true",
                Contact = new WebFormContact(NullIfEmpty(form["name"]), NullIfEmpty(form["email"]), NullIfEmpty(form["phone"])),
                Location = new WebFormLocation(NullIfEmpty(form["district"])),
            };
            var errors = WebFormValidator.Validate(request);
            if (errors.Count > 0)
            {
                return Results.Content(WebFormPages.Form(request, errors), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var accepted = await TryAcceptAsync(request, idempotencyKey: null, acceptor, adapters, loggers, cancellationToken);
            return accepted is null
                ? Results.Content(WebFormPages.Form(request, new Dictionary<string, string[]>
                {
                    ["service"] = ["ระบบขัดข้องชั่วคราว เรื่องของท่านยังไม่ถูกบันทึก กรุณาลองใหม่ / Temporarily unavailable: nothing was stored, please try again."],
                }), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Content(WebFormPages.Accepted(accepted.ReceiptCode), "text/html; charset=utf-8");
        }).DisableAntiforgery();

        endpoints.MapGet("/status", async (string? code, ReceiptLookup lookup, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return Results.Content(WebFormPages.Status(null, null, null, null, notFound: false), "text/html; charset=utf-8");
            }

            var status = ReceiptCode.TryNormalize(code, out var normalized) ? await lookup.FindAsync(normalized, cancellationToken) : null;
            return Results.Content(
                WebFormPages.Status(code, status?.StatusTh, status?.Status, status?.CaseNumber, notFound: status is null),
                "text/html; charset=utf-8",
                statusCode: status is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        }).RequireRateLimiting(ReceiptEndpoints.RateLimitPolicy);

        return endpoints;
    }

    static async Task<AcceptedComplaint?> TryAcceptAsync(
        WebFormRequest request, string? idempotencyKey, ComplaintAcceptor acceptor, ChannelAdapterRegistry adapters, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var contact = request.Contact is null ? null : new ReporterContact(Name: request.Contact.Name?.Trim(), Email: request.Contact.Email?.Trim(), Phone: request.Contact.Phone?.Trim());
        var submission = new ComplaintSubmission
        {
            Channel = Channel,
            // A client that retries with the same Idempotency-Key and body gets its first receipt back instead of a second
            // complaint; the same key with another body is another complaint (IdempotencyScope).
            ChannelMessageId = string.IsNullOrWhiteSpace(idempotencyKey) ? Guid.NewGuid().ToString("N") : IdempotencyScope.MessageId(idempotencyKey, request),
            Subject = request.Subject?.Trim(),
            Text = request.Text!,
            Anonymous = request.Anonymous,
            Contact = request.Anonymous ? null : contact,
            Location = string.IsNullOrWhiteSpace(request.Location?.District) ? null : new ComplaintLocation(request.Location.District.Trim(), null, null),
        };
        try
        {
            var accepted = await acceptor.AcceptAsync(submission, cancellationToken);
            adapters.Received(Channel);
            return accepted;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the type: the message of a database error can quote the values that failed.
            loggers.CreateLogger(typeof(WebFormEndpoints)).LogError("Web-form complaint not accepted: {ErrorType}", ex.GetType().FullName);
            return null;
        }
    }

    static IResult Unavailable() => Results.Problem(
        title: "ระบบรับเรื่องขัดข้องชั่วคราว / Temporarily unavailable",
        detail: "เรื่องของท่านยังไม่ถูกบันทึก กรุณาลองใหม่ภายหลัง / Nothing was stored; please try again later.",
        statusCode: StatusCodes.Status503ServiceUnavailable);

    static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
