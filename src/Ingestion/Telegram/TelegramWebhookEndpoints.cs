using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Ingestion.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Telegram;

/// <summary><c>POST /channels/telegram/webhook</c> (webhook mode): check the secret header, store the update, answer 200.</summary>
public static class TelegramWebhookEndpoints
{
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/channels/telegram/webhook", async (
            HttpRequest request, IOptions<TelegramOptions> options, ChatInbox inbox, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var settings = options.Value;
            if (!settings.Enabled || settings.Mode != TelegramMode.Webhook)
            {
                return Results.NotFound();
            }

            var logger = loggers.CreateLogger(typeof(TelegramWebhookEndpoints));
            var given = Encoding.UTF8.GetBytes(request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault() ?? string.Empty);
            if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(settings.WebhookSecret!)))
            {
                logger.LogWarning("Telegram webhook refused: missing or wrong secret token");
                return Results.Unauthorized();
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(cancellationToken);
            long updateId;
            try
            {
                using var document = JsonDocument.Parse(body);
                updateId = document.RootElement.GetProperty("update_id").GetInt64();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                logger.LogError("Telegram webhook body could not be read: {ErrorType}", ex.GetType().Name);
                return Results.BadRequest();
            }

            await inbox.StoreAsync(ChatChannels.Telegram, [new RawChatEvent(updateId.ToString(CultureInfo.InvariantCulture), body)], cancellationToken);
            return Results.Ok();
        }).DisableAntiforgery();
        return endpoints;
    }
}
