using Hub.Contracts;
using Hub.IntegrationTests.Infrastructure;
using Hub.Ingestion.Accepting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Persistence;

/// <summary>
/// Many reporters at once: acceptances commit in groups and, on SQLite, writers queue in-process for the one file.
/// Every acceptance still gets its own durable receipt, a repeated channel message still gets the first receipt,
/// and every accepted complaint still becomes exactly one complaint in a case.
/// </summary>
public sealed class ConcurrentAcceptanceTests
{
    const int Distinct = 40;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Concurrent_acceptances_each_commit_once_and_repeats_get_the_first_receipt(string provider)
    {
        using var directory = new TempDirectory();
        await using var database = provider == "postgres" ? await PostgresDatabase.CreateAsync() : null;
        var settings = HubSettings.Embedded(directory);
        await using var hub = await EmbeddedHub.StartAsync(database is null ? settings : settings.Postgres(database));

        // messages 0..3 arrive twice, concurrently, as a channel redelivering would
        var messageIds = Enumerable.Range(0, Distinct).Concat(Enumerable.Range(0, 4)).Select(i => $"burst-{i}").ToList();
        var accepted = await Task.WhenAll(messageIds.Select(id => AcceptAsync(hub.Services, id)));

        var byMessage = messageIds.Zip(accepted).GroupBy(p => p.First, p => p.Second).ToList();
        Assert.Equal(Distinct, byMessage.Count);
        Assert.All(byMessage, g => Assert.Single(g.Select(a => (a.ComplaintId, a.ReceiptCode)).Distinct()));
        Assert.Equal(Distinct, accepted.Select(a => a.ReceiptCode).Distinct().Count());
        Assert.Equal(Distinct, await hub.WithDbAsync(db => db.Receipts.CountAsync(r => r.Channel == "burst")));

        var complaintIds = accepted.Select(a => a.ComplaintId).Distinct().ToList();
        Assert.Equal(Distinct, await hub.WithDbAsync(db => db.OutboxMessages.CountAsync(m => complaintIds.Contains(m.Id) && m.Destination == Queues.Normalizer)));
        var filed = await Eventually.Get(
            () => hub.WithDbAsync(db => db.Complaints.CountAsync(c => complaintIds.Contains(c.Id))),
            count => count == Distinct, TimeSpan.FromSeconds(90), "every accepted complaint is filed");
        Assert.Equal(Distinct, filed);
    }

    [Fact]
    public async Task A_transaction_given_up_without_commit_or_rollback_lets_the_next_writer_in()
    {
        using var directory = new TempDirectory();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory));
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Hub.CaseStore.Persistence.HubDbContext>();
            var abandoned = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM receipts WHERE \"Channel\" = 'nobody'");
            await abandoned.DisposeAsync();
        }

        var next = await AcceptAsync(hub.Services, "after-abandoned").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(next.AlreadyAccepted);
    }

    static async Task<AcceptedComplaint> AcceptAsync(IServiceProvider services, string messageId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplaintAcceptor>().AcceptAsync(new ComplaintSubmission
        {
            Channel = "burst",
            ChannelMessageId = messageId,
            Text = $"เจ้าหน้าที่เขตเรียกรับเงินเรื่องที่ {messageId} / official asked for money, report {messageId}",
            Anonymous = true,
        }, CancellationToken.None);
    }
}
