using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations;

/// <summary>
/// The in-memory transport keeps its queues inside the process, out of reach; what can be counted durably is what
/// still waits in the outbox for each destination queue. Rates and consumers are not known there and show as zero.
/// </summary>
sealed class OutboxQueueSource(IServiceScopeFactory scopes) : IQueueSource
{
    public const string Prefix = "outbox→";

    public string Label => "ขนส่งในหน่วยความจำ (embedded): แสดงข้อความที่รอใน outbox ต่อคิวปลายทาง / In-memory transport (embedded): outbox rows waiting per destination queue";

    public bool HasErrorQueues => false;

    public async Task<IReadOnlyList<QueueSnapshot>> QueuesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var waiting = await db.OutboxMessages.Where(m => m.DispatchedAtUtc == null)
            .GroupBy(m => m.Destination ?? "(events)")
            .Select(g => new { Queue = g.Key, Count = g.LongCount(), Oldest = g.Min(m => m.CreatedAtUtc) })
            .ToListAsync(cancellationToken);
        return waiting
            .Select(w => new QueueSnapshot(Prefix + w.Queue, w.Count, 0, 0, 0, 0, new DateTimeOffset(w.Oldest, TimeSpan.Zero)))
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .ToList();
    }
}
