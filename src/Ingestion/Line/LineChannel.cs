using System.Globalization;
using System.Text.Json;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Chat;
using Hub.Ingestion.Evidence;

namespace Hub.Ingestion.Line;

/// <summary>
/// LINE as a chat channel. Reads the stored webhook events (text, image, file, location, follow); media is fetched from
/// the content endpoint with retries into the evidence store. Sends with the reply token when it is fresh, otherwise (or
/// when the reply fails) by push with <c>X-Line-Retry-Key</c>, so retries are never delivered twice.
/// </summary>
public sealed class LineChannel(LineApiClient api, EvidenceStore evidence, ChatResilience resilience) : IChatChannel
{
    public string Name => ChatChannels.Line;

    public async Task<IReadOnlyList<ChatMessage>> ReadAsync(string rawEvent, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(rawEvent);
        var item = document.RootElement;
        // Standby: another channel owns the chat. Groups and rooms: reports are taken one to one only.
        if (Text(item, "mode") == "standby" || !item.TryGetProperty("source", out var source) || Text(source, "type") != "user"
            || Text(source, "userId") is not { } userId)
        {
            return [];
        }

        var at = item.TryGetProperty("timestamp", out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms.GetInt64()) : DateTimeOffset.UtcNow;
        var replyToken = Text(item, "replyToken");
        ChatMessage Message(ChatMessageKind kind) => new(Name, userId, kind, at, ReplyToken: replyToken);

        switch (Text(item, "type"))
        {
            case "follow":
                return [Message(ChatMessageKind.Start)];
            case "message":
                var message = item.GetProperty("message");
                return Text(message, "type") switch
                {
                    "text" => [Message(ChatMessageKind.Text) with { Text = Text(message, "text") ?? string.Empty }],
                    "location" => [Message(ChatMessageKind.Location) with { Location = Location(message) }],
                    "image" or "file" or "video" or "audio" => [await MediaAsync(message, Message(ChatMessageKind.Attachment), cancellationToken)],
                    _ => [],
                };
            default:
                return [];
        }
    }

    public async Task SendAsync(ChatDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.ReplyToken is not null)
        {
            try
            {
                // One try only: a reply token is single-use, so it is never retried.
                await api.ReplyAsync(delivery.ReplyToken, delivery.Text, cancellationToken);
                return;
            }
            catch (ChatApiException)
            {
                // Expired token or a failed call: push instead, below.
            }
        }

        await resilience.Pipeline.ExecuteAsync(
            async token => await api.PushAsync(delivery.Address, delivery.Text, delivery.RetryKey, token), cancellationToken);
    }

    async Task<ChatMessage> MediaAsync(JsonElement message, ChatMessage template, CancellationToken cancellationToken)
    {
        var id = Text(message, "id")!;
        if (message.TryGetProperty("contentProvider", out var provider) && Text(provider, "type") == "external")
        {
            return template with { Kind = ChatMessageKind.Refused, Notice = "ไม่สามารถรับไฟล์จากลิงก์ภายนอก กรุณาส่งไฟล์โดยตรง / Linked media is not accepted; please send the file itself." };
        }

        var temporary = Path.GetTempFileName();
        try
        {
            await using var buffer = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            var contentType = await resilience.Pipeline.ExecuteAsync(async token =>
            {
                buffer.SetLength(0);
                return await api.DownloadContentAsync(id, buffer, token);
            }, cancellationToken);
            buffer.Position = 0;
            var fileName = Text(message, "fileName") ?? string.Create(CultureInfo.InvariantCulture, $"line-{Text(message, "type")}-{id}{Extension(contentType)}");
            var stored = await evidence.StoreAsync(buffer, fileName, contentType, cancellationToken);
            return template with { Attachment = stored };
        }
        catch (EvidenceRejectedException rejected)
        {
            return template with { Kind = ChatMessageKind.Refused, Notice = rejected.Message };
        }
    }

    static ComplaintLocation Location(JsonElement message)
    {
        var place = Text(message, "address") ?? Text(message, "title");
        return new ComplaintLocation(place, message.GetProperty("latitude").GetDouble(), message.GetProperty("longitude").GetDouble());
    }

    static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "video/mp4" => ".mp4",
        "audio/mp4" or "audio/aac" => ".m4a",
        _ => ".bin",
    };

    static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
