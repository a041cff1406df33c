using System.Globalization;
using System.Text.Json;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Chat;
using Hub.Ingestion.Evidence;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Hub.Ingestion.Telegram;

/// <summary>
/// Telegram as a chat channel: private-chat messages (text and captions, photos, documents, location, /start) read from
/// stored updates; files fetched with getFile into the evidence store; answers by sendMessage with retries. The Bot API
/// has no idempotency key: only failures Telegram reports (429, 5xx) or connection failures are retried.
/// </summary>
public sealed class TelegramChannel(TelegramBots bots, EvidenceStore evidence, ChatResilience resilience) : IChatChannel
{
    public string Name => ChatChannels.Telegram;

    public async Task<IReadOnlyList<ChatMessage>> ReadAsync(string rawEvent, CancellationToken cancellationToken)
    {
        var update = JsonSerializer.Deserialize<Update>(rawEvent, JsonBotAPI.Options);
        if (update?.Message is not { Chat.Type: ChatType.Private } message)
        {
            return [];
        }

        var template = new ChatMessage(Name, message.Chat.Id.ToString(CultureInfo.InvariantCulture), ChatMessageKind.Text,
            new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc)));
        var read = new List<ChatMessage>();
        if (message.Photo is { Length: > 0 } sizes)
        {
            var largest = sizes.MaxBy(p => (long)p.Width * p.Height)!;
            read.Add(await FileAsync(template, largest.FileId, $"telegram-photo-{largest.FileUniqueId}.jpg", "image/jpeg", cancellationToken));
        }

        if (message.Document is { } document)
        {
            read.Add(await FileAsync(template, document.FileId, document.FileName ?? $"telegram-document-{document.FileUniqueId}",
                document.MimeType ?? "application/octet-stream", cancellationToken));
        }

        if (message.Location is { } location)
        {
            read.Add(template with { Kind = ChatMessageKind.Location, Location = new ComplaintLocation(message.Venue?.Address, location.Latitude, location.Longitude) });
        }

        if ((message.Text ?? message.Caption) is { Length: > 0 } text)
        {
            read.Add(template with { Kind = ChatMessageKind.Text, Text = text });
        }

        return read;
    }

    public async Task SendAsync(ChatDelivery delivery, CancellationToken cancellationToken)
    {
        var bot = bots.ForSending();
        var chat = new ChatId(long.Parse(delivery.Address, CultureInfo.InvariantCulture));
        await resilience.Pipeline.ExecuteAsync(async token => await Classified("sendMessage", () => bot.SendMessage(chat, delivery.Text, cancellationToken: token)),
            cancellationToken);
    }

    async Task<ChatMessage> FileAsync(ChatMessage template, string fileId, string fileName, string contentType, CancellationToken cancellationToken)
    {
        var bot = bots.ForSending();
        try
        {
            await using var buffer = new MemoryStream();
            await resilience.Pipeline.ExecuteAsync(async token =>
            {
                buffer.SetLength(0);
                var file = await Classified("getFile", () => bot.GetFile(fileId, token));
                await Classified("download", async () =>
                {
                    await bot.DownloadFile(file.FilePath!, buffer, token);
                    return true;
                });
            }, cancellationToken);
            buffer.Position = 0;
            return template with { Kind = ChatMessageKind.Attachment, Attachment = await evidence.StoreAsync(buffer, fileName, contentType, cancellationToken) };
        }
        catch (EvidenceRejectedException rejected)
        {
            return template with { Kind = ChatMessageKind.Refused, Notice = rejected.Message };
        }
    }

    /// <summary>Turns Telegram.Bot's exceptions into retry decisions; the messages it keeps carry no token or chat id.</summary>
    internal static async Task<T> Classified<T>(string call, Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (ApiRequestException api)
        {
            var retryAfter = api.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new ChatApiException($"Telegram {call} answered {api.ErrorCode}", api.ErrorCode == 429 || api.ErrorCode >= 500, retryAfter);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException)
        {
            throw new ChatApiException($"Telegram {call} failed: {ex.GetType().Name}", transient: true);
        }
    }
}
