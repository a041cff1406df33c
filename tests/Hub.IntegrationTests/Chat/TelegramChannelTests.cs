using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.IntegrationTests.Chat.ChatTestSettings;

namespace Hub.IntegrationTests.Chat;

/// <summary>Telegram against the real embedded host, with the Bot API faked on loopback.</summary>
public sealed class TelegramChannelTests : IAsyncDisposable
{
    const string WebhookSecret = "webhook-secret-for-tests";
    readonly TempDirectory directory = new();
    FakeTelegramApi telegram = null!;
    EmbeddedHub hub = null!;

    async Task StartAsync(string mode)
    {
        telegram = await FakeTelegramApi.StartNewAsync();
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).Chat().With(new Dictionary<string, string?>
        {
            ["Hub:Telegram:BotToken"] = FakeTelegramApi.Token,
            ["Hub:Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Hub:Telegram:Mode"] = mode,
            ["Hub:Telegram:WebhookSecret"] = WebhookSecret,
            ["Hub:Telegram:PollTimeoutSeconds"] = "1",
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await hub.DisposeAsync();
        await telegram.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Long_polling_gathers_text_a_photo_and_a_location_into_one_complaint_and_answers_status()
    {
        await StartAsync("Polling");
        const long chat = 7_700_001;
        var photo = RandomNumberGenerator.GetBytes(4096);
        telegram.AddFile("AgACAgUAAxkBAAIBig-big", photo);
        telegram.Enqueue(chat, m => m["text"] = "/start");
        telegram.Enqueue(chat, m => m["text"] = "เจ้าหน้าที่ตรวจอาคารเรียกเงิน 20,000 บาท");
        telegram.Enqueue(chat, m =>
        {
            m["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = "AgACAgUAAxkBAAIBig-small", ["file_unique_id"] = "AQADs", ["width"] = 90, ["height"] = 67, ["file_size"] = 1200 },
                new JsonObject { ["file_id"] = "AgACAgUAAxkBAAIBig-big", ["file_unique_id"] = "AQADb", ["width"] = 1280, ["height"] = 960, ["file_size"] = 4096 });
            m["caption"] = "ภาพหน้าอาคาร";
        });
        telegram.Enqueue(chat, m => m["location"] = new JsonObject { ["latitude"] = 13.7367, ["longitude"] = 100.5231 });

        await MessageAsync(() => telegram.TextsTo(chat), "ข้อมูลของท่านเป็นความลับ");
        await MessageAsync(() => telegram.TextsTo(chat), "ยืนยันส่งเรื่อง?");
        telegram.Enqueue(chat, m => m["text"] = "ยืนยัน");
        var receipt = ReceiptIn(await MessageAsync(() => telegram.TextsTo(chat), "รหัสรับเรื่องของท่านคือ"));
        var filed = await hub.Http.CaseFiledAsync(receipt);

        var complaint = await hub.WithDbAsync(db => db.Complaints.SingleAsync());
        Assert.Equal("telegram", complaint.Channel);
        Assert.Contains("20,000 บาท", complaint.Text, StringComparison.Ordinal);
        Assert.Contains("ภาพหน้าอาคาร", complaint.Text, StringComparison.Ordinal);
        var payload = await hub.WithDbAsync(db => db.OutboxMessages
            .Where(m => m.MessageType.StartsWith("Hub.Contracts.Complaints.ComplaintReceived")).Select(m => m.Payload).SingleAsync());
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(photo)), payload, StringComparison.Ordinal);
        Assert.Contains("13.7367", payload, StringComparison.Ordinal);

        telegram.Enqueue(chat, m => m["text"] = "/status " + receipt);
        await MessageAsync(() => telegram.TextsTo(chat), "เลขเรื่อง " + filed.CaseNumber);

        // Every update was confirmed (offset moved past it) only after it was stored.
        await Eventually.Get(() => Task.FromResult(telegram.AllConfirmed), done => done);
        Assert.Equal(6, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync()));
        var offsets = telegram.Offsets.Where(o => o is not null).Select(o => o!.Value).ToList();
        Assert.Equal(offsets.Order(), offsets);
    }

    [Fact]
    public async Task Webhook_mode_checks_the_secret_stores_an_update_once_and_rides_out_429_and_500_without_double_sending()
    {
        await StartAsync("Webhook");
        const long chat = 7_700_002;
        var update = telegram.Update(chat, m => m["text"] = "/start").ToJsonString();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostUpdateAsync(update, secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostUpdateAsync(update, secret: "wrong"));
        Assert.Equal(0, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync()));

        telegram.SendFaults.Enqueue(new Fault(429, RetryAfterSeconds: 1));
        telegram.SendFaults.Enqueue(new Fault(500));
        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(update, WebhookSecret));
        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(update, WebhookSecret));

        await MessageAsync(() => telegram.TextsTo(chat), "ข้อมูลของท่านเป็นความลับ");
        await Eventually.Get(() => hub.WithDbAsync(db => db.ChatOutboundMessages.CountAsync(m => m.SentAtUtc == null)), n => n == 0);
        Assert.Single(telegram.TextsTo(chat));
        Assert.Equal(1, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync()));
        Assert.Equal([("sendMessage", 429), ("sendMessage", 500), ("sendMessage", 200)], telegram.Calls.ToList());
    }

    async Task<HttpStatusCode> PostUpdateAsync(string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/channels/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await hub.Http.SendAsync(request);
        return response.StatusCode;
    }
}
