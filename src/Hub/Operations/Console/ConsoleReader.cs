using Hub.CaseStore.Persistence;
using Hub.Ingestion.Channels.Adapters;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Console;

/// <summary>Gathers a <see cref="ConsoleSnapshot"/>. A broker that does not answer is shown as such; the rest still renders.</summary>
public sealed class ConsoleReader(
    HubDbContext db,
    IQueueSource queues,
    TimeProvider clock,
    ILogger<ConsoleReader> logger,
    ErrorQueueRedrive? redrive = null,
    ChannelAdapterRegistry? adapters = null)
{
    /// <summary>At most this many faulted messages are listed per error queue; re-drive all still moves every one.</summary>
    public const int FaultsShown = 50;

    /// <param name="withFaults">False skips listing error queues message by message (the alert monitor needs counts only).</param>
    public async Task<ConsoleSnapshot> ReadAsync(CancellationToken cancellationToken, bool withFaults = true)
    {
        IReadOnlyList<QueueSnapshot> queueList = [];
        string? queueError = null;
        var faults = new Dictionary<string, IReadOnlyList<FaultedMessage>>(StringComparer.Ordinal);
        try
        {
            queueList = await queues.QueuesAsync(cancellationToken);
            if (redrive is not null && withFaults)
            {
                foreach (var errorQueue in queueList.Where(q => q.Name.EndsWith(QueueSnapshot.ErrorSuffix, StringComparison.Ordinal) && q.Ready > 0))
                {
                    faults[errorQueue.InputQueue] = await redrive.ListAsync(errorQueue.InputQueue, cancellationToken, FaultsShown);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            queueError = ex.GetType().Name;
            logger.LogWarning("Console could not read the queues: {ErrorType}", queueError);
        }

        var pending = db.OutboxMessages.Where(m => m.DispatchedAtUtc == null);
        var oldest = await pending.OrderBy(m => m.CreatedAtUtc).Select(m => (DateTime?)m.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var outbox = new OutboxBacklog(
            await pending.LongCountAsync(cancellationToken),
            oldest is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null,
            await pending.LongCountAsync(m => m.LastError != null, cancellationToken));
        var runs = await db.PublishRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(10).ToListAsync(cancellationToken);
        return new ConsoleSnapshot(clock.GetUtcNow(), queues.Label, queueList, queueError,
            await AdaptersAsync(cancellationToken), adapters is not null, outbox, runs, faults);
    }

    /// <summary>This process's adapters, plus any paused adapter another process runs, so every pause can be lifted here.</summary>
    async Task<IReadOnlyList<AdapterState>> AdaptersAsync(CancellationToken cancellationToken)
    {
        var paused = await db.AdapterPauses.AsNoTracking().Select(p => p.Adapter).ToListAsync(cancellationToken);
        var known = adapters?.All ?? [];
        return known
            .Select(a => a with { Paused = paused.Contains(a.Name) })
            .Concat(paused.Where(name => known.All(a => a.Name != name)).Select(name => new AdapterState(name, Pulling: true, Paused: true)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }
}
