using System.Text;
using Hub.IntegrationTests.Chat;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using static Hub.IntegrationTests.Chat.ChatTestSettings;
using static Hub.IntegrationTests.Email.RawMail;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// The doors <see cref="PrivacyAcrossChannelsTests"/> does not drive: e-mail (real Dovecot), LINE and Telegram (their
/// APIs faked on loopback). Their reporters' identifiers — a LINE userId, a Telegram chat id, a mail address and name —
/// and the personal data planted in the text appear in no log, trace, metric, health report or channel status.
/// </summary>
public sealed class PrivacyInChatAndMailTests
{
    const string Name = "นางสาวศรีสุดา ลับเฉพาะ", NationalId = "3101200456781", Phone = "0865551234", LineId = "@hiddenline42";
    const long TelegramChat = 918_273_645;
    static readonly string Story = $"{Name} เลขบัตร {NationalId} โทร 086-555-1234 ไลน์ {LineId} ถูกเจ้าหน้าที่เขตเรียกรับเงิน";

    [Fact]
    public async Task Planted_personal_data_from_mail_line_and_telegram_reaches_no_operator_surface()
    {
        using var directory = new TempDirectory();
        await using var line = await FakeLineApi.StartNewAsync();
        await using var telegram = await FakeTelegramApi.StartNewAsync();
        var inbox = TestMailServer.NewUser("hub");
        var reporter = TestMailServer.NewUser("reporter");
        var lineUser = LineWebhook.NewUserId();
        var logs = new CapturedLogs();
        var spans = new CapturedSpanCollection();
        var settings = HubSettings.Embedded(directory).With(TestMailServer.EmailSettings(inbox, directory)).Chat().Line(line)
            .With(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Hub:Telegram:BotToken"] = FakeTelegramApi.Token,
                ["Hub:Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
                ["Hub:Telegram:Mode"] = "Polling",
                ["Hub:Telegram:PollTimeoutSeconds"] = "1",
            });
        await using var hub = await EmbeddedHub.StartAsync(settings, configure: builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        });

        await TestMailServer.AppendAsync(inbox, Build($"{Name} <{reporter}>", inbox, "ร้องเรียน", "text/plain; charset=UTF-8", "base64",
            Base64Lines(Encoding.UTF8.GetBytes(Story))));
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(lineUser, Story, line.IssueReplyToken(lineUser)));
        await MessageAsync(() => line.TextsTo(lineUser), "ยืนยันส่งเรื่อง?");
        await LineWebhook.SendAsync(hub.Http, LineWebhook.Text(lineUser, "ยืนยัน", line.IssueReplyToken(lineUser)));
        telegram.Enqueue(TelegramChat, m => m["text"] = Story);
        await MessageAsync(() => telegram.TextsTo(TelegramChat), "ยืนยันส่งเรื่อง?");
        telegram.Enqueue(TelegramChat, m => m["text"] = "ยืนยัน");
        await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.Select(c => c.Channel).Distinct().CountAsync()), n => n == 3, TimeSpan.FromSeconds(90),
            "the mail, LINE and Telegram complaints to become cases");

        var surfaces = new StringBuilder()
            .AppendJoin('\n', logs.Entries)
            .Append('\n').Append(spans.Describe())
            .Append(await hub.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative)))
            .Append(await (await hub.Http.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadAsStringAsync())
            .ToString();
        Assert.NotEmpty(logs.Entries);
        Assert.Contains("http_server_request_duration", surfaces, StringComparison.Ordinal);
        foreach (var secret in new[] { Name, NationalId, Phone, "086-555-1234", LineId, reporter, lineUser, TelegramChat.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            Assert.DoesNotContain(secret, surfaces, StringComparison.Ordinal);
        }
    }
}
