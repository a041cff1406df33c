using Hub.Ingestion.Channels.Adapters;
using Hub.CaseStore.Persistence;
using Hub.Ingestion.Line;
using Hub.Ingestion.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Chat;

/// <summary>Chat webhooks, the staff relay and the operators' view of the channels.</summary>
public static class ChatEndpoints
{
    /// <param name="Staff">Ignored (kept so older callers still parse): the actor is the key's owner, never a name the caller types.</param>
    public sealed record ReporterMessageRequest(string? Text, string? Staff);

    public static IEndpointRouteBuilder MapChatChannels(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLineWebhook();
        endpoints.MapTelegramWebhook();

        endpoints.MapPost("/api/cases/{caseNumber}/reporter-messages", async (
            string caseNumber, [FromBody] ReporterMessageRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            ReporterRelay relay, Microsoft.Extensions.Options.IOptions<ChatOptions> options, CancellationToken cancellationToken) =>
        {
            var text = request.Text?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > 4000)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["ต้องมีข้อความ ไม่เกิน 4000 ตัวอักษร / Text is required, at most 4000 characters."] });
            }

            // The vault opening and the case event name the key's owner: a caller cannot pin the relay on someone else.
            var queued = await relay.QueueAsync(caseNumber, text, options.Value.StaffApiKeyOwner, idempotencyKey, cancellationToken);
            return queued switch
            {
                null => Results.NotFound(),
                0 => Results.Problem(title: "ผู้ร้องเรียนของเรื่องนี้ไม่ได้ติดต่อผ่านแชต / No chat reporter on this case", statusCode: StatusCodes.Status409Conflict),
                _ => Results.Json(new { queued }, statusCode: StatusCodes.Status202Accepted),
            };
        }).AddEndpointFilter<StaffApiKey>().DisableAntiforgery();

        endpoints.MapGet("/api/channels/status", async (ChannelAdapterRegistry status, HubDbContext db, CancellationToken cancellationToken) =>
        {
            var pendingInbound = await db.ChatInboundEvents.Where(e => e.ProcessedAtUtc == null)
                .GroupBy(e => e.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var outbound = await db.ChatOutboundMessages.Where(m => m.SentAtUtc == null)
                .GroupBy(m => new { m.Channel, Failed = m.FailedAtUtc != null }).Select(g => new { g.Key.Channel, g.Key.Failed, Count = g.Count() })
                .ToListAsync(cancellationToken);
            return Results.Ok(status.All.Where(s => ChatChannels.All.Contains(s.Name)).Select(s => new
            {
                Channel = s.Name,
                State = s.Shown.ToString().ToLowerInvariant(),
                LastInboundAtUtc = s.LastMessageAtUtc,
                LastOutboundAtUtc = s.LastSentAtUtc,
                s.ErrorCount,
                s.LastErrorType,
                s.LastErrorAtUtc,
                PendingInbound = pendingInbound.GetValueOrDefault(s.Name),
                PendingOutbound = outbound.Where(o => o.Channel == s.Name && !o.Failed).Sum(o => o.Count),
                FailedOutbound = outbound.Where(o => o.Channel == s.Name && o.Failed).Sum(o => o.Count),
            }));
        }).AddEndpointFilter<StaffApiKey>();
        return endpoints;
    }
}
