using System.Text.Json;
using Hub.Ingestion.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Line;

/// <summary><c>POST /channels/line/webhook</c>: verify the signature, store each event, then answer 200.</summary>
public static class LineWebhookEndpoints
{
    const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/channels/line/webhook", async (
            HttpRequest request, IOptions<LineOptions> options, ChatInbox inbox, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var settings = options.Value;
            if (!settings.Enabled)
            {
                return Results.NotFound();
            }

            var logger = loggers.CreateLogger(typeof(LineWebhookEndpoints));
            var body = await ReadBodyAsync(request, cancellationToken);
            if (body is null || !LineSignature.IsValid(body, settings.ChannelSecret!, request.Headers["X-Line-Signature"].FirstOrDefault()))
            {
                logger.LogWarning("LINE webhook refused: missing or invalid signature");
                return Results.Unauthorized();
            }

            List<RawChatEvent> events;
            try
            {
                events = Parse(body);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                // Signed by LINE yet unreadable: answering 400 keeps it visible in LINE's error statistics.
                logger.LogError("LINE webhook body could not be read: {ErrorType}", ex.GetType().Name);
                return Results.BadRequest();
            }

            await inbox.StoreAsync(ChatChannels.Line, events, cancellationToken);
            return Results.Ok();
        }).DisableAntiforgery();
        return endpoints;
    }

    static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > MaxBodyBytes ? null : buffer.ToArray();
    }

    /// <summary>Each event is stored whole, keyed by its webhookEventId; an empty list is LINE's connectivity check.</summary>
    static List<RawChatEvent> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var events = new List<RawChatEvent>();
        foreach (var item in document.RootElement.GetProperty("events").EnumerateArray())
        {
            var redelivery = item.TryGetProperty("deliveryContext", out var context)
                && context.TryGetProperty("isRedelivery", out var flag) && flag.ValueKind == JsonValueKind.True;
            events.Add(new RawChatEvent(item.GetProperty("webhookEventId").GetString()!, item.GetRawText(), redelivery));
        }

        return events;
    }
}
