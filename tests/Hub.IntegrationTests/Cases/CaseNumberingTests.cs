using Hub.CaseStore;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.Contracts.Complaints;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Cases;

public class CaseNumberingTests
{
    internal static ComplaintNormalized Normalized(string text, DateTimeOffset receivedAt, string channel = "webform") => new()
    {
        Complaint = new ComplaintReceived
        {
            ComplaintId = Guid.NewGuid(),
            ReceiptCode = Hub.CaseStore.Receipts.ReceiptCode.New(),
            Channel = channel,
            ChannelMessageId = Guid.NewGuid().ToString("N"),
            ReceivedAtUtc = receivedAt,
            Text = text,
            Reporter = ReporterReference.AnonymousReporter,
        },
        CanonicalText = text,
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        Category = "BRIBERY",
    };

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Concurrent_writers_get_distinct_gap_free_numbers_per_fiscal_year(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services => services.AddCaseStore());
        const int writers = 40;
        var now = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            // Each writer is its own unit of work, like competing case-store consumers; lock timeouts are retried as the bus would.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await using var scope = database.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CaseIntake>().FileAsync(Normalized($"เรื่องที่ {i}", now), Guid.NewGuid(), CancellationToken.None);
                    return;
                }
                catch (Exception) when (attempt < 20)
                {
                    await Task.Delay(50);
                }
            }
        })));

        var numbers = await database.WithDbAsync(db => db.Cases.Select(c => new { c.Number, c.Sequence, c.FiscalYear }).ToListAsync());
        Assert.Equal(writers, numbers.Count);
        Assert.Equal(Enumerable.Range(1, writers), numbers.Select(n => n.Sequence).Order());
        Assert.Equal(writers, numbers.Select(n => n.Number).Distinct().Count());
        Assert.All(numbers, n => Assert.Equal(FiscalYear.Of(now).BuddhistYear, n.FiscalYear));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Numbering_restarts_at_one_in_a_new_fiscal_year(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services => services.AddCaseStore());
        var lastDayOfOldYear = new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.FromHours(7));
        var firstDayOfNewYear = new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.FromHours(7));

        foreach (var (text, at) in new[] { ("ก", lastDayOfOldYear), ("ข", lastDayOfOldYear), ("ค", firstDayOfNewYear) })
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CaseIntake>().FileAsync(Normalized(text, at), Guid.NewGuid(), CancellationToken.None);
        }

        var numbers = await database.WithDbAsync(db => db.Cases.OrderBy(c => c.OpenedAtUtc).Select(c => c.Number).ToListAsync());
        Assert.Equal(["2569-000001", "2569-000002", "2570-000001"], numbers);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_redelivered_message_and_a_repeated_channel_message_each_leave_one_case(DatabaseProvider provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider, services => services.AddCaseStore());
        var message = Normalized("เรียกรับสินบน", DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var sameChannelMessageAgain = message with { Complaint = message.Complaint with { ComplaintId = Guid.NewGuid(), ReceiptCode = Hub.CaseStore.Receipts.ReceiptCode.New() } };

        var results = new List<IntakeResult>();
        foreach (var (m, id) in new[] { (message, messageId), (message, messageId), (sameChannelMessageAgain, Guid.NewGuid()) })
        {
            await using var scope = database.Services.CreateAsyncScope();
            results.Add(await scope.ServiceProvider.GetRequiredService<CaseIntake>().FileAsync(m, id, CancellationToken.None));
        }

        Assert.Equal([IntakeResult.Opened, IntakeResult.AlreadyProcessed, IntakeResult.AlreadyProcessed], results);
        Assert.Equal(1, await database.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(1, await database.WithDbAsync(db => db.Complaints.CountAsync()));
    }
}
