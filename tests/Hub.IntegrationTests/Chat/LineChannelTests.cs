using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.CaseStore.Chat;
using Hub.Ingestion.Chat;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.IntegrationTests.Chat.ChatTestSettings;

namespace Hub.IntegrationTests.Chat;

/// <summary>LINE against the real embedded host, with the Messaging API faked on loopback.</summary>
public sealed class LineChannelTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    FakeLineApi line = null!;
    EmbeddedHub hub = null!;

    public async Task InitializeAsync()
    {
        line = await FakeLineApi.StartNewAsync();
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).Chat().Line(line));
    }

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        await line.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task A_bad_or_missing_signature_is_refused_and_nothing_is_stored()
    {
        var body = LineWebhook.Body(LineWebhook.Text(LineWebhook.NewUserId(), "เจ้าหน้าที่เรียกเงิน", null));
        var forged = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("not-the-secret"), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, await LineWebhook.PostAsync(hub.Http, body, signature: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await LineWebhook.PostAsync(hub.Http, body, signature: forged));
        Assert.Equal(HttpStatusCode.Unauthorized, await LineWebhook.PostAsync(hub.Http, body, signature: "garbage"));
        Assert.Equal(HttpStatusCode.Unauthorized, await LineWebhook.PostAsync(hub.Http, body + " ", signature: LineWebhookSignature(body)));
        Assert.Equal(0, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync()));

        // LINE's connectivity check: a signed body with no events.
        Assert.Equal(HttpStatusCode.OK, await LineWebhook.PostAsync(hub.Http, LineWebhook.Body()));
    }

    [Fact]
    public async Task Several_messages_a_photo_and_a_location_become_one_complaint_with_a_receipt_and_the_status_can_be_asked()
    {
        var user = LineWebhook.NewUserId();
        var photo = RandomNumberGenerator.GetBytes(2048);
        line.AddContent("480000000000000001", photo, "image/jpeg");
        // The content endpoint is briefly down: the download is retried.
        line.ContentFaults.Enqueue(new Fault(500));
        line.ContentFaults.Enqueue(new Fault(429, RetryAfterSeconds: 1));

        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "เจ้าหน้าที่เทศกิจเรียกเงินแม่ค้า", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ทุกวันศุกร์ วันละ 300 บาท", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Image(user, "480000000000000001", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Location(user, 13.7563, 100.5018, "ตลาดบางรัก", line.IssueReplyToken(user)));

        await MessageAsync(() => line.TextsTo(user), "ยืนยันส่งเรื่อง?");
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ยืนยัน", line.IssueReplyToken(user)));
        var receipt = ReceiptIn(await MessageAsync(() => line.TextsTo(user), "รหัสรับเรื่องของท่านคือ"));
        var filed = await hub.Http.CaseFiledAsync(receipt);

        var complaint = await hub.WithDbAsync(db => db.Complaints.SingleAsync());
        Assert.Equal("line", complaint.Channel);
        Assert.Contains("เรียกเงินแม่ค้า", complaint.Text, StringComparison.Ordinal);
        Assert.Contains("วันละ 300 บาท", complaint.Text, StringComparison.Ordinal);
        Assert.Equal("ตลาดบางรัก", complaint.District);
        Assert.False(complaint.ReporterAnonymous);
        var received = await ReceivedPayloadAsync();
        var attachment = Assert.Single(received.GetProperty("attachments").EnumerateArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), attachment.GetProperty("sha256").GetString());
        Assert.Equal(13.7563, received.GetProperty("location").GetProperty("latitude").GetDouble());
        Assert.Contains(line.Calls, c => c is ("content", 500));

        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "สถานะ " + receipt.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), line.IssueReplyToken(user)));
        var status = await MessageAsync(() => line.TextsTo(user), "เลขเรื่อง " + filed.CaseNumber);
        Assert.Contains("รับเรื่องแล้ว", status, StringComparison.Ordinal);

        // The LINE userId is nowhere in the database in the clear.
        var everything = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(directory["hub.db"]))
            + (File.Exists(directory["hub.db-wal"]) ? Encoding.UTF8.GetString(await File.ReadAllBytesAsync(directory["hub.db-wal"])) : string.Empty);
        Assert.DoesNotContain(user, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_webhook_delivered_twice_and_redelivered_events_give_one_complaint_and_one_receipt()
    {
        var user = LineWebhook.NewUserId();
        var report = LineWebhook.Text(user, "ผู้อำนวยการเขตรับเงินจากผู้รับเหมาก่อสร้าง", line.IssueReplyToken(user));
        var body = LineWebhook.Body(report);
        Assert.Equal(HttpStatusCode.OK, await LineWebhook.PostAsync(hub.Http, body));
        Assert.Equal(HttpStatusCode.OK, await LineWebhook.PostAsync(hub.Http, body));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Redelivered(report));

        await MessageAsync(() => line.TextsTo(user), "ยืนยันส่งเรื่อง?");
        var confirm = LineWebhook.Text(user, "ยืนยัน", line.IssueReplyToken(user));
        await LineWebhook.SendAsync(hub.Http, confirm);
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Redelivered(confirm));
        var receipt = ReceiptIn(await MessageAsync(() => line.TextsTo(user), "รหัสรับเรื่องของท่านคือ"));
        await hub.Http.CaseFiledAsync(receipt);

        Assert.Equal(2, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync()));
        Assert.Equal(2, await hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync(e => e.WasRedelivered)));
        await Eventually.Get(() => hub.WithDbAsync(db => db.ChatInboundEvents.CountAsync(e => e.ProcessedAtUtc == null)), n => n == 0);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Complaints.CountAsync()));
        Assert.Equal(1, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        Assert.Single(line.TextsTo(user), t => t.Contains("รหัสรับเรื่องของท่านคือ", StringComparison.Ordinal));
        Assert.Equal("ผู้อำนวยการเขตรับเงินจากผู้รับเหมาก่อสร้าง", (await hub.WithDbAsync(db => db.Complaints.SingleAsync())).Text);
    }

    [Fact]
    public async Task Staff_write_to_an_anonymous_reporter_without_seeing_the_chat_and_a_follow_up_joins_the_same_case()
    {
        var user = LineWebhook.NewUserId();
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ไม่ระบุตัวตน", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "เจ้าหน้าที่โยธาเขตเรียกเงินเพื่อเร่งใบอนุญาต", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ยืนยัน", line.IssueReplyToken(user)));
        var receipt = ReceiptIn(await MessageAsync(() => line.TextsTo(user), "รหัสรับเรื่องของท่านคือ"));
        var filed = await hub.Http.CaseFiledAsync(receipt);

        var complaint = await hub.WithDbAsync(db => db.Complaints.SingleAsync());
        Assert.True(complaint.ReporterAnonymous);
        Assert.Null(complaint.ReporterIdentityId);
        Assert.Null(complaint.ReporterPseudonym);

        var path = new Uri($"/api/cases/{filed.CaseNumber}/reporter-messages", UriKind.Relative);
        using (var unauthenticated = await hub.Http.PostAsJsonAsync(path, new { text = "ขอเอกสารเพิ่ม" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { text = "กรุณาส่งภาพใบเสร็จเพิ่มเติม", staff = "officer-7" }) };
            request.Headers.Add(StaffApiKey.Header, StaffKey);
            request.Headers.Add("Idempotency-Key", "relay-1");
            using var response = await hub.Http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.DoesNotContain(user, answer, StringComparison.Ordinal);
        }

        var relayed = await MessageAsync(() => line.TextsTo(user), "กรุณาส่งภาพใบเสร็จเพิ่มเติม");
        Assert.Contains(filed.CaseNumber!, relayed, StringComparison.Ordinal);
        await Eventually.Get(() => hub.WithDbAsync(db => db.ChatOutboundMessages.CountAsync(m => m.SentAtUtc == null)), n => n == 0);
        Assert.Single(line.TextsTo(user), t => t.Contains("กรุณาส่งภาพใบเสร็จเพิ่มเติม", StringComparison.Ordinal));
        var access = Assert.Single(await hub.WithDbAsync(db => db.IdentityAccesses.ToListAsync()));
        // Issue #18: the body claimed "officer-7"; the actor on record is the key's owner, never the caller's claim.
        Assert.Equal(("relay", ChatTestSettings.RelayOwner, complaint.Id), (access.Purpose, access.Actor, access.ComplaintId));
        Assert.Equal(ChatTestSettings.RelayOwner, Assert.Single(await hub.WithDbAsync(db => db.CaseEvents.Where(e => e.Kind == "reporter-message").ToListAsync())).Actor);

        // The reporter answers: the new information joins the same case.
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ใบเสร็จหายไปแล้ว แต่มีพยานสองคน", line.IssueReplyToken(user)));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(user, "ยืนยัน", line.IssueReplyToken(user)));
        var added = await MessageAsync(() => line.TextsTo(user), "เพิ่มข้อมูลเข้าเรื่อง " + receipt);
        await hub.Http.CaseFiledAsync(ReceiptIn(added[added.IndexOf('(', StringComparison.Ordinal)..]));
        var complaints = await hub.WithDbAsync(db => db.Complaints.OrderBy(c => c.ReceivedAtUtc).ToListAsync());
        Assert.Equal(2, complaints.Count);
        Assert.Equal(complaints[0].CaseId, complaints[1].CaseId);
        Assert.Equal("follow-up", complaints[1].LinkReason);
        Assert.True(complaints[1].ReporterAnonymous);
    }

    [Fact]
    public async Task An_api_outage_with_429_and_500_is_retried_and_the_reply_is_delivered_exactly_once()
    {
        var user = LineWebhook.NewUserId();
        line.ReplyFaults.Enqueue(new Fault(500));
        line.PushFaults.Enqueue(new Fault(429, RetryAfterSeconds: 1));
        line.PushFaults.Enqueue(new Fault(500));
        // LINE took this push but the answer was lost: the retry carries the same X-Line-Retry-Key and is answered 409.
        line.PushFaults.Enqueue(new Fault(500, ProcessAnyway: true));

        await LineWebhook.SendAsync(hub.Http, LineWebhook.Follow(user, line.IssueReplyToken(user)));

        await MessageAsync(() => line.TextsTo(user), "ข้อมูลของท่านเป็นความลับ");
        var row = await Eventually.Get(() => hub.WithDbAsync(db => db.ChatOutboundMessages.SingleAsync()), m => m.SentAtUtc is not null);
        Assert.Null(row.SealedAddress);
        Assert.Single(line.TextsTo(user));
        Assert.Equal([("reply", 500), ("push", 429), ("push", 500), ("push", 500), ("push", 409)], line.Calls.ToList());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/channels/status");
        request.Headers.Add(StaffApiKey.Header, StaffKey);
        using var response = await hub.Http.SendAsync(request);
        var channels = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var lineStatus = channels.EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "line");
        Assert.Equal("running", lineStatus.GetProperty("state").GetString());
        Assert.Equal(0, lineStatus.GetProperty("pendingOutbound").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, lineStatus.GetProperty("lastOutboundAtUtc").ValueKind);
    }

    static string LineWebhookSignature(string body) => Hub.Ingestion.Line.LineSignature.Sign(Encoding.UTF8.GetBytes(body), LineWebhook.ChannelSecret);

    Task<JsonElement> ReceivedPayloadAsync() => hub.WithDbAsync(async db =>
    {
        var payload = await db.OutboxMessages.Where(m => m.MessageType.StartsWith("Hub.Contracts.Complaints.ComplaintReceived")).Select(m => m.Payload).SingleAsync();
        return JsonDocument.Parse(payload).RootElement.Clone();
    });
}
