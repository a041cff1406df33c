using System.Net;
using Hub.Ingestion.Traffy;
using Hub.Ingestion.Traffy.Feeds;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Hub.IntegrationTests.Traffy.TraffyExchangeSetup;

namespace Hub.IntegrationTests.Traffy;

public sealed class TraffyExchangeTests
{
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_run_with_faults_and_a_missed_webhook_reconciles_to_the_same_complaints_as_a_clean_run()
    {
        var clean = await RunAsync(faults: false);
        var faulty = await RunAsync(faults: true);

        Assert.Equal(clean.Tickets, faulty.Tickets);
        Assert.Equal(15, faulty.Tickets.Count);
        // 4 of the 10 today tickets, the one routed to กรุงเทพโปร่งใส, and the two later misconduct tickets
        Assert.Equal(7, faulty.Tickets.Count(t => t.Misconduct));
        // one complaint per misconduct ticket, in the receipts and in the case store: nothing opened twice
        Assert.Equal(faulty.Tickets.Count(t => t.Misconduct), faulty.Receipts);
        Assert.Equal(faulty.Receipts, faulty.Complaints);
        Assert.Equal(clean.Receipts, faulty.Receipts);
    }

    sealed record Snapshot(List<(string Id, string State, bool Misconduct)> Tickets, int Receipts, int Complaints);

    static async Task<Snapshot> RunAsync(bool faults)
    {
        using var directory = new TempDirectory();
        await using var fake = await FakeTraffyExchange.StartNewAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            fake.Put($"2026-TODAY{i}", i % 3 == 0 ? Misconduct(i) : General(i), now.AddSeconds(-i - 1));
        }

        fake.Put("2026-OLD001", General(20), now.AddDays(-2));
        fake.Put("2026-OLD002", "ร้องเรียนเจ้าหน้าที่การเงินสำนักงานเขต", now.AddDays(-2).AddMinutes(5), organization: "กรุงเทพโปร่งใส");
        if (faults)
        {
            // the token lives 3 s and is renewed 1 s early; the first get-issues calls meet a 429, a 500 and a fail
            fake.TokenLifetime = TimeSpan.FromSeconds(3);
            foreach (var fault in new[] { "429", "500", "fail" })
            {
                fake.Faults.Enqueue(fault);
            }
        }

        await using var hub = await EmbeddedHub.StartAsync(Settings(directory, fake));
        await Eventually.Get(() => hub.WithDbAsync(db => db.TraffyTickets.CountAsync()), n => n == 12, Bound, "first tickets");
        if (faults)
        {
            fake.Faults.Enqueue("expired");
            fake.Faults.Enqueue("500");
            await Eventually.Get(() => Task.FromResult((fake.ServedFaults, fake.AuthCalls)), f => f.ServedFaults == 5 && f.AuthCalls >= 3, Bound, "faults served, token renewed");
        }

        // later: two new tickets, one backdated by the 1555 centre, and status changes of two known tickets
        var later = DateTimeOffset.UtcNow;
        var a = fake.Put("2026-NEWA01", General(30), later);
        var b = fake.Put("2026-NEWB01", Misconduct(31), later);
        var c = fake.Put("2026-NEWC01", Misconduct(32), later.AddDays(-2));
        fake.Put("2026-TODAY0", Misconduct(0), now.AddSeconds(-1), "กำลังดำเนินการ", later);
        fake.Put("2026-OLD001", General(20), now.AddDays(-2), "เสร็จสิ้น", later);
        foreach (var ticket in faults ? new[] { a, b } : [a, b, c])
        {
            // with faults, C's new-issue webhook is lost: only the reconciliation pass over 3days can bring it
            using var response = await SendWebhookAsync(hub.Http, HttpMethod.Post, NewIssue(ticket));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        using (var update = await SendWebhookAsync(hub.Http, HttpMethod.Patch, StatusUpdate("2026-TODAY0", "กำลังดำเนินการ")))
        {
            Assert.Equal(HttpStatusCode.Accepted, update.StatusCode);
        }

        var expectedActivity = DateTime.ParseExact(FakeTraffyExchange.Bangkok(later), "yyyy-MM-dd HH:mm:ss", null).AddHours(-7);
        var tickets = await Eventually.Get(
            () => hub.WithDbAsync(db => db.TraffyTickets.OrderBy(t => t.TicketId).ToListAsync()),
            all => all.Count == 15
                && all.Single(t => t.TicketId == "2026-TODAY0") is { State: "กำลังดำเนินการ" } changed && changed.LastActivityUtc == expectedActivity
                && all.Single(t => t.TicketId == "2026-OLD001") is { State: "เสร็จสิ้น" } finished && finished.LastActivityUtc == expectedActivity
                && all.All(t => t.LastActivityUtc is not null),
            Bound, "reconciled");

        var receipts = await hub.WithDbAsync(db => db.Receipts.CountAsync(r => r.Channel == TraffyChannel.Name));
        var complaints = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.CountAsync(c => c.Channel == TraffyChannel.Name)), n => n >= receipts, Bound, "complaints filed");
        Assert.Equal(tickets.Count(t => t.IsMisconduct), tickets.Select(t => t.ComplaintId).OfType<Guid>().Distinct().Count());

        var status = hub.Services.GetRequiredService<TraffyFeedStatus>().Current;
        Assert.Equal(TraffyMode.Exchange, status.Mode);
        Assert.True(status.QuotaUsed > 0);
        Assert.Equal(faults ? 3 : 4, status.WebhooksAccepted);
        if (faults)
        {
            Assert.True(status.ErrorCount >= 1, $"errors {status.ErrorCount}");
            Assert.NotNull(status.LastErrorType);
        }

        // times differ between the two runs (each is relative to its own start); the reconciled ones were checked above
        return new Snapshot(tickets.Select(t => (t.TicketId, t.State, t.IsMisconduct)).ToList(), receipts, complaints);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task When_the_monthly_quota_runs_out_polling_stops_operators_are_told_and_webhooks_still_work(bool traffyReportsQuota)
    {
        using var directory = new TempDirectory();
        await using var fake = await FakeTraffyExchange.StartNewAsync();
        fake.QuotaLimit = 2;
        fake.ReportsQuota = traffyReportsQuota;
        for (var i = 0; i < 10; i++)
        {
            fake.Put($"2026-QUOTA{i}", General(i), DateTimeOffset.UtcNow.AddSeconds(-i - 1));
        }

        var logs = new CapturedLogs();
        await using var hub = await EmbeddedHub.StartAsync(Settings(directory, fake), configure: b => b.Logging.AddProvider(logs));
        var status = hub.Services.GetRequiredService<TraffyFeedStatus>();

        // pages of 4: two calls are allowed, the third page is never fetched (or Traffy refuses it)
        var exhausted = await Eventually.Get(() => Task.FromResult(status.Current), s => s.State == "quota-exhausted", Bound, "quota exhausted");
        Assert.Equal(2, exhausted.QuotaUsed);
        Assert.Equal(traffyReportsQuota ? 2 : null, exhausted.QuotaLimit);
        Assert.Equal("QuotaExhausted", exhausted.LastErrorType);
        var calls = fake.IssueQueries.Count;
        Assert.Equal(traffyReportsQuota ? 2 : 3, calls);
        Assert.Equal(8, await hub.WithDbAsync(db => db.TraffyTickets.CountAsync()));
        Assert.Contains(logs.Entries, e => e.Contains("quota exhausted", StringComparison.Ordinal));

        // a later pass checks the quota without calling Traffy
        await Eventually.Get(() => Task.FromResult(status.Current.ErrorCount), n => n >= exhausted.ErrorCount + 1, Bound, "another pass");
        Assert.Equal(calls, fake.IssueQueries.Count);

        using var webhook = await SendWebhookAsync(hub.Http, HttpMethod.Post, NewIssue(fake.Put("2026-HOOK01", Misconduct(1), DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.Accepted, webhook.StatusCode);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        Assert.Equal("2", await hub.WithDbAsync(db => db.ChannelCursors.Where(c => c.Key == "traffy:exchange:quota").Select(c => c.Value).SingleAsync()) is var stored ? stored.Split('|')[1] : null);
    }
}
