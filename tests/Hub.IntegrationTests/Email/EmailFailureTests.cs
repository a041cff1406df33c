using System.IO.Compression;
using System.Text;
using Hub.CaseStore.Channels.Email;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.IntegrationTests.Email.RawMail;

namespace Hub.IntegrationTests.Email;

/// <summary>Bad input lands in the failed folder with its reason recorded, and never holds up the mail behind it.</summary>
public sealed class EmailFailureTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    readonly string inbox = TestMailServer.NewUser("hub");
    readonly string reporter = TestMailServer.NewUser("reporter");
    EmbeddedHub hub = null!;

    public async Task InitializeAsync() =>
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory)
            .With(TestMailServer.EmailSettings(inbox, directory))
            .With(new Dictionary<string, string?> { ["Hub:Email:MaxMessageBytes"] = "65536" }));

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Malformed_sender_less_oversize_unsupported_charset_and_zip_bomb_mail_is_failed_with_a_reason()
    {
        var text = Encoding.UTF8.GetBytes("ร้องเรียนเจ้าหน้าที่");
        var noFrom = Encoding.ASCII.GetBytes("To: " + inbox + "\r\nSubject: anonymous\r\nMessage-ID: <nofrom@x>\r\n\r\nbody\r\n");
        var garbage = Encoding.ASCII.GetBytes("\u0001\u0002 this is not a message at all\r\n\r\n\r\n");
        var oversize = Build(reporter, inbox, "big", "text/plain; charset=UTF-8", "base64", Base64Lines(new byte[100_000]));
        var klingon = Build(reporter, inbox, "klingon", "text/plain; charset=x-klingon", "8bit", text);
        var boundary = "zz";
        var bomb = Build(reporter, inbox, "bomb", $"multipart/mixed; boundary={boundary}", "7bit", Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nsee attachment\r\n" +
            $"--{boundary}\r\nContent-Type: application/zip; name=a.zip\r\nContent-Disposition: attachment; filename=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Encoding.ASCII.GetString(Base64Lines(ZipOfZeros(30_000_000))) + $"\r\n--{boundary}--"));
        var good = Build(reporter, inbox, "good", "text/plain; charset=UTF-8", "base64", Base64Lines(text));
        await TestMailServer.AppendAsync(inbox, noFrom);
        await TestMailServer.AppendRawAsync(inbox, garbage);
        await TestMailServer.AppendAsync(inbox, oversize, klingon, bomb, good);

        await Eventually.Get(() => TestMailServer.CountAsync(inbox, "Failed"), n => n == 5, because: "five bad messages to be failed");
        await Eventually.Get(() => TestMailServer.CountAsync(inbox, "Processed"), n => n == 1, because: "the good message behind them to go through");
        // Moving to Processed follows acceptance; the complaint reaches the case store through the pipeline after that.
        await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.CountAsync()), n => n >= 1, because: "the good message to be filed");
        Assert.Equal(1, await hub.WithDbAsync(db => db.Complaints.CountAsync()));
        var reasons = await hub.WithDbAsync(db => db.EmailMessages.Where(m => m.Outcome == EmailOutcomes.Failed).Select(m => m.Reason!).ToListAsync());
        Assert.Equal(5, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("No sender address", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("Malformed MIME", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("exceeds 65536", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("Unsupported charset 'x-klingon'", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("zip bomb", StringComparison.Ordinal));
        Assert.Equal(0, await TestMailServer.CountAsync(inbox, "INBOX"));
    }

    static byte[] ZipOfZeros(int size)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("zeros.bin", CompressionLevel.SmallestSize).Open())
        {
            entry.Write(new byte[size]);
        }

        return buffer.ToArray();
    }
}
