using Hub.Ingestion.Channels.Adapters;
using System.Text;
using Hub.CaseStore.Channels.Email;
using Hub.Ingestion.Email.Inbox;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.IntegrationTests.Email.RawMail;

namespace Hub.IntegrationTests.Email;

/// <summary>Zero loss, zero double: IMAP outages, restarts, and a crash between acceptance and the move.</summary>
public sealed class EmailDeliveryGuaranteeTests : IDisposable
{
    readonly TempDirectory directory = new();
    readonly string inbox = TestMailServer.NewUser("hub");
    readonly string reporter = TestMailServer.NewUser("reporter");

    public void Dispose() => directory.Dispose();

    byte[] Numbered(int n) => Build(reporter, inbox, $"เรื่องที่ {n}", "text/plain; charset=UTF-8", "base64",
        Base64Lines(Encoding.UTF8.GetBytes($"เจ้าหน้าที่เทศกิจเรียกเก็บเงินแม่ค้ารายที่ {n} ที่ตลาดประตูน้ำ")));

    [Fact]
    public async Task Every_message_arrives_exactly_once_when_the_imap_connection_is_cut_mid_stream()
    {
        var (host, port) = TestServices.Imap;
        await using var proxy = new TcpOutageProxy(host, port);
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(TestMailServer.EmailSettings(inbox, directory, proxy.Port)));

        await TestMailServer.AppendAsync(inbox, [.. Enumerable.Range(1, 12).Select(Numbered)]);
        await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.CountAsync()), n => n >= 2, because: "intake to be under way");
        proxy.Cut();
        await TestMailServer.AppendAsync(inbox, [.. Enumerable.Range(13, 6).Select(Numbered)]);
        var status = hub.Services.GetRequiredService<ChannelAdapterRegistry>();
        var adapter = EmailInboxService.AdapterName("complaints");
        await Eventually.Get(() => Task.FromResult(status.Of(adapter)), s => s?.Status is AdapterStatus.Failing or AdapterStatus.Starting, because: "the adapter to notice the outage");
        proxy.Restore();

        await Eventually.Get(() => TestMailServer.CountAsync(inbox, "Processed"), n => n == 18, TimeSpan.FromSeconds(45), "all 18 messages to be moved");
        Assert.Equal(18, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        var ids = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.Select(c => c.ChannelMessageId).ToListAsync()), c => c.Count >= 18,
            because: "the last complaints to be filed");
        Assert.Equal(18, ids.Count);
        Assert.Equal(18, ids.Distinct().Count());
        Assert.Equal(0, await TestMailServer.CountAsync(inbox, "INBOX"));
        Assert.True(status.Of(adapter)!.Reconnects >= 1);
    }

    [Fact]
    public async Task A_message_left_in_the_inbox_after_acceptance_is_moved_on_restart_without_a_second_case()
    {
        var settings = HubSettings.Embedded(directory).With(TestMailServer.EmailSettings(inbox, directory));
        var message = Numbered(1);
        await using (var first = await EmbeddedHub.StartAsync(settings))
        {
            await TestMailServer.AppendAsync(inbox, message);
            await Eventually.Get(() => first.WithDbAsync(db => db.Cases.CountAsync()), n => n == 1);
            await Eventually.Get(() => TestMailServer.CountAsync(inbox, "Processed"), n => n == 1);
        }

        // Exactly what a kill after the acceptor committed but before the MOVE leaves behind: the same message
        // (same Message-ID) in the inbox under a UID Hub never recorded, with its receipt already durable.
        await TestMailServer.AppendAsync(inbox, message);
        await using var second = await EmbeddedHub.StartAsync(settings);

        await Eventually.Get(() => TestMailServer.CountAsync(inbox, "Processed"), n => n == 2, because: "the leftover to be moved");
        Assert.Equal(1, await second.WithDbAsync(db => db.Complaints.CountAsync()));
        Assert.Equal(1, await second.WithDbAsync(db => db.Cases.CountAsync()));
        var records = await second.WithDbAsync(db => db.EmailMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(EmailOutcomes.Accepted, r.Outcome));
        Assert.Equal(records[0].ComplaintId, records[1].ComplaintId);
        Assert.All(records, r => Assert.NotNull(r.MovedAtUtc));
        Assert.Equal(0, await TestMailServer.CountAsync(inbox, "INBOX"));
    }
}
