using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Ingestion.Line;

namespace Hub.IntegrationTests.Chat;

/// <summary>
/// Webhook bodies shaped like the samples in LINE's Messaging API reference (destination, events with type, mode,
/// timestamp, source, webhookEventId, deliveryContext, replyToken, message), signed as LINE signs them.
/// </summary>
public static class LineWebhook
{
    public const string ChannelSecret = "8c570fa6dd201bb328f1c1eac23a96d8";
    public const string Destination = "U8e742f61d673b39c7fff3cecb7536ef0";

    public static JsonObject Text(string userId, string text, string? replyToken) => Message(userId, replyToken, new JsonObject
    {
        ["id"] = NewMessageId(),
        ["type"] = "text",
        ["quoteToken"] = "q3Plxr4AgKd",
        ["text"] = text,
    });

    public static JsonObject Image(string userId, string messageId, string? replyToken) => Message(userId, replyToken, new JsonObject
    {
        ["id"] = messageId,
        ["type"] = "image",
        ["quoteToken"] = "yHAz4Ua2wx7",
        ["contentProvider"] = new JsonObject { ["type"] = "line" },
    });

    public static JsonObject Location(string userId, double latitude, double longitude, string address, string? replyToken) => Message(userId, replyToken, new JsonObject
    {
        ["id"] = NewMessageId(),
        ["type"] = "location",
        ["title"] = "my location",
        ["address"] = address,
        ["latitude"] = latitude,
        ["longitude"] = longitude,
    });

    public static JsonObject Follow(string userId, string replyToken) => Event("follow", userId, replyToken, extra: e => e["follow"] = new JsonObject { ["isUnblocked"] = false });

    public static string Body(params JsonObject[] events) =>
        new JsonObject { ["destination"] = Destination, ["events"] = new JsonArray(events.Select(e => (JsonNode)e.DeepClone()).ToArray()) }.ToJsonString();

    /// <summary>The same event as LINE sends it again after a failed delivery: same webhookEventId, isRedelivery true.</summary>
    public static JsonObject Redelivered(JsonObject original)
    {
        var copy = (JsonObject)original.DeepClone();
        copy["deliveryContext"] = new JsonObject { ["isRedelivery"] = true };
        return copy;
    }

    public static async Task<HttpStatusCode> PostAsync(HttpClient hub, string body, string? signature = "sign")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/channels/line/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Line-Signature", signature == "sign" ? LineSignature.Sign(Encoding.UTF8.GetBytes(body), ChannelSecret) : signature);
        }

        using var response = await hub.SendAsync(request);
        return response.StatusCode;
    }

    public static async Task SendAsync(HttpClient hub, params JsonObject[] events)
    {
        var status = await PostAsync(hub, Body(events));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    static JsonObject Message(string userId, string? replyToken, JsonObject message) =>
        Event("message", userId, replyToken, extra: e => e["message"] = message);

    static JsonObject Event(string type, string userId, string? replyToken, Action<JsonObject> extra)
    {
        var item = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
            ["webhookEventId"] = "01" + Guid.NewGuid().ToString("N")[..24].ToUpperInvariant(),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
        };
        if (replyToken is not null)
        {
            item["replyToken"] = replyToken;
        }

        extra(item);
        return item;
    }

    static string NewMessageId() => Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    public static string NewUserId() => "U" + Guid.NewGuid().ToString("N");
}
