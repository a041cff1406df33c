using Hub.Ingestion.Traffy;
using Hub.Ingestion.Traffy.Feeds;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.IntegrationTests.Traffy.TraffyExchangeSetup;

namespace Hub.IntegrationTests.Traffy;

public sealed class TraffyPublicFeedTests
{
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_public_feeds_are_paged_through_from_a_cursor_and_redacted_tickets_are_counted_never_cased()
    {
        using var directory = new TempDirectory();
        await using var fake = await FakeTraffyPublic.StartNewAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            fake.AddFeature(1000 + i, $"2026-GEO{i:D3}", General(i), now.AddMinutes(-60 + i));
        }

        fake.AddFeature(1010, "", "", now.AddMinutes(-30), org: "กรุงเทพโปร่งใส");
        fake.AddFeature(1011, "", "", now.AddMinutes(-20), org: "กรุงเทพโปร่งใส");
        for (var i = 0; i < 4; i++)
        {
            fake.AddResult($"SRCH{i:D2}", i == 0 ? Misconduct(i) : General(i), now.AddMinutes(-50 + i));
        }

        fake.AddResult("", "", now.AddMinutes(-45), org: "กรุงเทพโปร่งใส");

        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?>
        {
            ["Hub:Traffy:Mode"] = "PublicFeed",
            ["Hub:Traffy:PublicBaseUrl"] = fake.BaseUrl.ToString(),
            ["Hub:Traffy:PublicFeeds:0"] = "GeoJson",
            ["Hub:Traffy:PublicFeeds:1"] = "Search",
            ["Hub:Traffy:PollInterval"] = "00:00:00.200",
            ["Hub:Traffy:ReconciliationInterval"] = "01:00:00",
            ["Hub:Traffy:PageSize"] = "5",
        }));
        var status = hub.Services.GetRequiredService<TraffyFeedStatus>();

        await Eventually.Get(() => hub.WithDbAsync(db => db.TraffyTickets.CountAsync()), n => n == 14, Bound, "all keyed tickets");
        await Eventually.Get(() => Task.FromResult(status.Current.Cursor ?? ""), c => c.Contains("GeoJson 1011", StringComparison.Ordinal), Bound, "cursor");
        Assert.Equal(3, status.Current.Redacted);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Receipts.CountAsync(r => r.Channel == TraffyChannel.Name)));
        // the first pass reconciles the last three days, oldest first, in pages of 5; search pages by what it returns
        Assert.Equal(["offset=0", "offset=5", "offset=10"], fake.GeoJsonQueries.Take(3).Select(q => q.Split('&')[1]));
        Assert.All(fake.GeoJsonQueries.Take(3), q => Assert.Contains("sort=asc&start=", q, StringComparison.Ordinal));
        Assert.Equal(["?offset=0", "?offset=3"], fake.SearchQueries.Take(2));
        Assert.Equal("1011", await hub.WithDbAsync(db => db.ChannelCursors.Where(c => c.Key == "traffy:feed:geojson").Select(c => c.Value).SingleAsync()));

        // geojson/v1 is Bangkok time without an offset, share/search is UTC: both land on the same UTC instant
        var geo = await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync(t => t.TicketId == "2026-GEO000"));
        var search = await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync(t => t.TicketId == "SRCH00"));
        Assert.Equal(now.AddMinutes(-60).UtcDateTime, geo.CreatedAtUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(now.AddMinutes(-50).UtcDateTime, search.CreatedAtUtc!.Value, TimeSpan.FromSeconds(1));

        // later passes read only the head, stop at the cursor, and do not count the same redacted tickets again
        var before = fake.GeoJsonQueries.Count;
        fake.AddFeature(1012, "2026-GEONEW", Misconduct(12), DateTimeOffset.UtcNow);
        await Eventually.Get(() => hub.WithDbAsync(db => db.TraffyTickets.CountAsync()), n => n == 15, Bound, "the new ticket");
        await Eventually.Get(() => Task.FromResult(status.Current.Cursor ?? ""), c => c.Contains("GeoJson 1012", StringComparison.Ordinal), Bound, "cursor moved");
        Assert.All(fake.GeoJsonQueries.Skip(before), q => Assert.Equal("?limit=5&offset=0", q));
        Assert.Equal(3, status.Current.Redacted);
        Assert.Equal(2, await hub.WithDbAsync(db => db.Receipts.CountAsync(r => r.Channel == TraffyChannel.Name)));
        Assert.Equal("running", status.Current.State);
    }
}
