using System.Text;
using Hub.Ingestion.Email.Acknowledgements;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static Hub.IntegrationTests.Email.RawMail;

namespace Hub.IntegrationTests.Email;

/// <summary>The reporter gets one Thai acknowledgement through the real SMTP server, and a reply to it joins the same case.</summary>
public sealed class EmailAcknowledgementTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    readonly string inbox = TestMailServer.NewUser("hub");
    readonly string reporter = TestMailServer.NewUser("reporter");
    EmbeddedHub hub = null!;

    public async Task InitializeAsync()
    {
        var (smtpHost, smtpPort) = TestServices.Smtp;
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory)
            .With(TestMailServer.EmailSettings(inbox, directory))
            .With(new Dictionary<string, string?>
            {
                ["Hub:Email:Acknowledgement:Host"] = smtpHost,
                ["Hub:Email:Acknowledgement:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Hub:Email:Acknowledgement:Security"] = "None",
                ["Hub:Email:Acknowledgement:FromAddress"] = inbox,
                ["Hub:Email:Acknowledgement:PollInterval"] = "00:00:00.200",
            }));
    }

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task The_reporter_receives_one_thai_acknowledgement_and_a_reply_to_it_joins_the_same_case()
    {
        var original = Build($"ผู้แจ้ง <{reporter}>", inbox, EncodedWord("ร้องเรียนโยธาเขต", "TIS-620", Thai), "text/plain; charset=TIS-620", "8bit",
            Thai.GetBytes("นายช่างโยธาเขตเรียกเงินใต้โต๊ะเพื่อเซ็นตรวจรับงานก่อสร้างถนน"), messageId: "first@reporter.example");
        await TestMailServer.AppendAsync(inbox, original);

        var acknowledgement = Assert.Single(await Eventually.Get(() => TestMailServer.ReadAllAsync(reporter), m => m.Count >= 1,
            because: "the acknowledgement to reach the reporter's mailbox through Postfix"));
        var first = await hub.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync());
        Assert.Contains(first.ReceiptCode, acknowledgement.Subject, StringComparison.Ordinal);
        Assert.Contains("ได้รับเรื่องของท่านแล้ว", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains(first.ReceiptCode, acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Equal("<first@reporter.example>", "<" + acknowledgement.InReplyTo + ">");
        Assert.Equal(inbox, acknowledgement.From.Mailboxes.Single().Address);

        // The reporter answers the acknowledgement with more evidence; the receipt code rides along in the subject.
        var reply = new MimeMessage { Subject = "Re: " + acknowledgement.Subject, InReplyTo = acknowledgement.MessageId };
        reply.From.Add(new MailboxAddress("ผู้แจ้ง", reporter));
        reply.To.Add(MailboxAddress.Parse(inbox));
        reply.Body = new TextPart("plain") { Text = "ขอส่งข้อมูลเพิ่มเติม: เหตุเกิดเมื่อวันที่ 5 พฤศจิกายน เวลาบ่ายสองโมง\n\n> " + acknowledgement.TextBody!.Split('\n')[0] };
        using (var raw = new MemoryStream())
        {
            await reply.WriteToAsync(raw);
            await TestMailServer.AppendAsync(inbox, raw.ToArray());
        }

        var complaints = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.AsNoTracking().ToListAsync()),
            c => c.Count == 2 && c.All(x => x.CaseId != Guid.Empty), because: "the reply to be filed");
        Assert.Single(complaints.Select(c => c.CaseId).Distinct());
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync()));
        var followUp = Assert.Single(complaints, c => c.Id != first.Id);
        Assert.Equal("follow-up", followUp.LinkReason);
        Assert.StartsWith("ขอส่งข้อมูลเพิ่มเติม", followUp.Text, StringComparison.Ordinal);
        Assert.True(await hub.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.Kind == "further-information" && e.CaseId == first.CaseId)));

        // One acknowledgement per complaint, each address read recorded in the vault's audit trail.
        var acknowledgements = await Eventually.Get(() => hub.WithDbAsync(db => db.EmailAcknowledgements.AsNoTracking().ToListAsync()),
            a => a.Count == 2 && a.All(x => x.SentAtUtc is not null));
        Assert.Equal(complaints.Select(c => c.Id).Order(), acknowledgements.Select(a => a.ComplaintId).Order());
        var accesses = await hub.WithDbAsync(db => db.IdentityAccesses.AsNoTracking().ToListAsync());
        Assert.Equal(2, accesses.Count);
        Assert.All(accesses, a => Assert.Equal(AcknowledgementSender.Purpose, a.Purpose));
        var received = await Eventually.Get(() => TestMailServer.ReadAllAsync(reporter), m => m.Count == 2);
        Assert.Equal(2, received.Select(m => m.MessageId).Distinct().Count());
    }
}
