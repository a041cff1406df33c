using System.Text;
using Hub.CaseStore.Channels.Email;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.IntegrationTests.Email.RawMail;

namespace Hub.IntegrationTests.Email;

/// <summary>Mail appended to a real Dovecot mailbox becomes cases, in every charset Thai mail arrives in.</summary>
public sealed class EmailIntakeTests : IAsyncLifetime
{
    const string Complaint = "เจ้าหน้าที่เขตบางรักเรียกรับเงินสินบนห้าพันบาทเพื่อออกใบอนุญาตก่อสร้าง";
    readonly TempDirectory directory = new();
    readonly string inbox = TestMailServer.NewUser("hub");
    readonly string reporter = TestMailServer.NewUser("reporter");
    EmbeddedHub hub = null!;

    public async Task InitializeAsync() =>
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(TestMailServer.EmailSettings(inbox, directory)));

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Thai_mail_in_every_charset_and_encoding_becomes_cases_with_correct_thai_text()
    {
        var from = $"สมหญิง <{reporter}>";
        var messages = new Dictionary<string, byte[]>
        {
            ["tis-620 8bit"] = Build(from, inbox, EncodedWord("ร้องเรียน tis", "TIS-620", Thai), "text/plain; charset=TIS-620", "8bit", Thai.GetBytes(Complaint + " tis")),
            ["windows-874 qp"] = Build(from, inbox, EncodedWord("ร้องเรียน win", "windows-874", Thai), "text/plain; charset=windows-874", "quoted-printable", QuotedPrintable(Thai.GetBytes(Complaint + " win"))),
            ["iso-8859-11 base64"] = Build(from, inbox, EncodedWord("ร้องเรียน iso", "ISO-8859-11", Thai), "text/plain; charset=ISO-8859-11", "base64", Base64Lines(Thai.GetBytes(Complaint + " iso"))),
            ["utf-8 qp"] = Build(from, inbox, EncodedWord("ร้องเรียน uqp", "UTF-8", Encoding.UTF8), "text/plain; charset=UTF-8", "quoted-printable", QuotedPrintable(Encoding.UTF8.GetBytes(Complaint + " uqp"))),
            ["utf-8 base64"] = Build(from, inbox, EncodedWord("ร้องเรียน ub64", "UTF-8", Encoding.UTF8), "text/plain; charset=UTF-8", "base64", Base64Lines(Encoding.UTF8.GetBytes(Complaint + " ub64"))),
            ["html only"] = Build(from, inbox, "html", "text/html; charset=UTF-8", "base64",
                Base64Lines(Encoding.UTF8.GetBytes($"<html><head><style>p{{color:red}}</style></head><body><p>{Complaint}&nbsp;html</p><div>ที่&amp;สำนักงานเขต</div></body></html>"))),
        };
        await TestMailServer.AppendAsync(inbox, [.. messages.Values]);

        var complaints = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.AsNoTracking().ToListAsync()),
            c => c.Count == messages.Count, because: "every message to become a complaint");

        foreach (var tag in new[] { "tis", "win", "iso", "uqp", "ub64" })
        {
            var complaint = Assert.Single(complaints, c => c.Text.EndsWith(" " + tag, StringComparison.Ordinal));
            Assert.Equal(Complaint + " " + tag, complaint.Text);
            Assert.Equal("ร้องเรียน " + tag, complaint.Subject);
            Assert.Equal("email", complaint.Channel);
        }

        var html = Assert.Single(complaints, c => c.Subject == "html");
        Assert.Equal($"{Complaint} html\nที่&สำนักงานเขต", html.Text);
        // One reporter telling one story six times is one incident: near-duplicate linking files them in one case.
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await TestMailServer.CountAsync(inbox, "INBOX"));
        Assert.Equal(messages.Count, await TestMailServer.CountAsync(inbox, "Processed"));
        Assert.DoesNotContain(complaints, c => c.Text.Contains(reporter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachments_are_stored_as_evidence_with_the_raw_message_and_jpeg_location_data_removed()
    {
        var jpeg = JpegWithGps();
        var boundary = "b-" + Guid.NewGuid().ToString("N");
        var body = Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Encoding.ASCII.GetString(Base64Lines(Encoding.UTF8.GetBytes(Complaint + "\n\nOn Mon, 3 Nov 2025 someone <a@b.example> wrote:\n> ข้อความเก่า"))) + "\r\n" +
            $"--{boundary}\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Encoding.ASCII.GetString(Base64Lines(jpeg)) + $"\r\n--{boundary}--");
        await TestMailServer.AppendAsync(inbox, Build(reporter, inbox, "photo", $"multipart/mixed; boundary=\"{boundary}\"", "7bit", body));

        var complaint = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.AsNoTracking().FirstOrDefaultAsync()), c => c is not null);
        Assert.Equal(Complaint, complaint!.Text);
        var evidence = Directory.GetFiles(directory["evidence"], "*.bin", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToList();
        Assert.Equal(3, evidence.Count); // the .eml, the quoted history, the photo
        Assert.Contains(evidence, e => Encoding.ASCII.GetString(e).Contains("Subject: photo", StringComparison.Ordinal));
        Assert.Contains(evidence, e => Encoding.UTF8.GetString(e).Contains("ข้อความเก่า", StringComparison.Ordinal) && !Encoding.UTF8.GetString(e).Contains(Complaint, StringComparison.Ordinal));
        var photo = Assert.Single(evidence, e => e[0] == 0xFF && e[1] == 0xD8);
        Assert.False(Encoding.ASCII.GetString(photo).Contains("Exif", StringComparison.Ordinal));
        Assert.EndsWith(jpeg[^20..].Select(b => b.ToString("x2")).Aggregate(string.Concat), photo.Select(b => b.ToString("x2")).Aggregate(string.Concat), StringComparison.Ordinal);
    }

    /// <summary>A minimal JPEG: SOI, an APP1 Exif segment with a GPS tag marker, a quantisation table, SOS, data, EOI.</summary>
    internal static byte[] JpegWithGps()
    {
        byte[] exif = [.. "Exif\0\0GPSLatitude 13.7563"u8];
        byte[] app1 = [0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif];
        byte[] dqt = [0xFF, 0xDB, 0, 4, 0, 1];
        byte[] scan = [0xFF, 0xDA, 0, 2, 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0xFF, 0xD9];
        return [0xFF, 0xD8, .. app1, .. dqt, .. scan];
    }
}
