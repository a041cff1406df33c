using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Dedup;

/// <summary>Production shape for the race: two complete hubs competing for one RabbitMQ vhost and one PostgreSQL database.</summary>
public sealed class CompetingHubsTests
{
    [Fact]
    public async Task Retellings_sent_to_two_competing_hubs_at_once_end_in_one_case()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var settings = HubSettings.Embedded(directory).Postgres(database).With(vhost.HubSettings());
        await using var one = await EmbeddedHub.StartAsync(settings);
        await using var two = await EmbeddedHub.StartAsync(settings);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? one : two).Http.FileComplaintAsync(new { text = Retellings.Market[i % Retellings.Market.Length] + (i >= 4 ? " แจ้งซ้ำครับ" : ""), anonymous = true })));
        var filed = await Task.WhenAll(receipts.Select(r => one.Http.CaseFiledAsync(r, TimeSpan.FromSeconds(90))));

        // The first filed opened the case; the retellings' receipts do not name it (issue #18), so count cases in the database.
        Assert.Single(filed.Select(f => f.CaseNumber).OfType<string>().Distinct());
        Assert.Equal(1, await one.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases)));
        Assert.Equal(8, await one.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Complaints)));
    }
}
