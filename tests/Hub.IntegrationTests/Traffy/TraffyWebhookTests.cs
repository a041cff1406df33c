using System.Net;
using Hub.Ingestion.Traffy.Feeds;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.IntegrationTests.Traffy.TraffyExchangeSetup;

namespace Hub.IntegrationTests.Traffy;

public sealed class TraffyWebhookTests
{
    [Fact]
    public async Task Only_an_allowed_address_with_our_secret_is_heard_and_the_reason_for_refusal_is_clear()
    {
        using var directory = new TempDirectory();
        await using var fake = await FakeTraffyExchange.StartNewAsync();
        await using var hub = await EmbeddedHub.StartAsync(Settings(directory, fake));
        // not listed by the fake, so only the webhook can bring it
        var ticket = FakeTraffyExchange.Ticket("2026-HOOK01", Misconduct(1), DateTimeOffset.UtcNow);

        using var outsider = FromAddress(hub.Http.BaseAddress!, IPAddress.Parse("127.0.0.2"));
        using var fromOutside = await SendWebhookAsync(outsider, HttpMethod.Post, NewIssue(ticket));
        using var wrongSecret = await SendWebhookAsync(hub.Http, HttpMethod.Post, NewIssue(ticket), secret: "traffy-webhook-secret-0123456780");
        using var noSecret = await SendWebhookAsync(hub.Http, HttpMethod.Patch, StatusUpdate("2026-HOOK01", "เสร็จสิ้น"), secret: null);

        Assert.Equal(HttpStatusCode.Forbidden, fromOutside.StatusCode);
        Assert.Contains("Source address not allowed", await fromOutside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Contains("wrong X-Hub-Traffy-Secret", await wrongSecret.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, noSecret.StatusCode);
        Assert.Equal(0, await hub.WithDbAsync(db => db.TraffyTickets.CountAsync()));

        using var created = await SendWebhookAsync(hub.Http, HttpMethod.Post, NewIssue(ticket));
        using var again = await SendWebhookAsync(hub.Http, HttpMethod.Post, NewIssue(ticket));
        using var updated = await SendWebhookAsync(hub.Http, HttpMethod.Patch, StatusUpdate("2026-HOOK01", "เสร็จสิ้น"));

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Contains("NewComplaint", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Unchanged", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, updated.StatusCode);
        var stored = await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync());
        Assert.Equal(("2026-HOOK01", "เสร็จสิ้น", "webhook"), (stored.TicketId, stored.State, stored.Source));
        Assert.Equal(1, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        var status = hub.Services.GetRequiredService<TraffyFeedStatus>().Current;
        Assert.Equal((3, 3), (status.WebhooksRefused, status.WebhooksAccepted));
    }
}
