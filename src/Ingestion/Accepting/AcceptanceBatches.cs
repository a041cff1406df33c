using System.Collections.Concurrent;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Accepting;

/// <summary>
/// Group commit for acceptances that are a whole unit of work on their own: concurrent reporters' receipts and
/// outbox rows commit together in one transaction, and each reporter is answered only after that commit. The first
/// waiting caller leads: it commits everything queued (its own row included) until the queue is empty, so there is
/// no background loop to start or stop, and a lone reporter commits alone, with no added delay. A batch that breaks a
/// unique key (the same channel message accepted concurrently) is retried one row at a time, so only that row fails.
/// </summary>
public sealed class AcceptanceBatches(IServiceScopeFactory scopes)
{
    const int MostPerTransaction = 256;

    readonly ConcurrentQueue<Pending> queue = new();
    int leading;

    /// <param name="rows">New rows of one acceptance (identity, receipt, outbox message), committed all or none.</param>
    public async Task CommitAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var pending = new Pending(rows);
        queue.Enqueue(pending);
        // A caller that finds a leader at work waits for it; the leader looks again after stepping down, so a row
        // queued just as it finished is never stranded.
        while (!queue.IsEmpty && Interlocked.CompareExchange(ref leading, 1, 0) == 0)
        {
            try
            {
                await CommitQueuedAsync();
            }
            finally
            {
                Volatile.Write(ref leading, 0);
            }
        }

        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    async Task CommitQueuedAsync()
    {
        // A reporter is waiting on every row here: these writes take the next turn at an embedded database.
        SqliteWriteGate.MarkUrgent();
        var batch = new List<Pending>(MostPerTransaction);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MostPerTransaction && queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await SaveAsync(batch);
                batch.ForEach(p => p.Committed.TrySetResult());
            }
            catch (DbUpdateException) when (batch.Count > 1)
            {
                foreach (var one in batch)
                {
                    await SaveAloneAsync(one);
                }
            }
            catch (Exception error)
            {
                batch.ForEach(p => p.Committed.TrySetException(error));
            }
        }
    }

    async Task SaveAloneAsync(Pending pending)
    {
        try
        {
            await SaveAsync([pending]);
            pending.Committed.TrySetResult();
        }
        catch (Exception error)
        {
            pending.Committed.TrySetException(error);
        }
    }

    // Not the reporter's cancellation: the batch serves other reporters too.
    async Task SaveAsync(IReadOnlyCollection<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.AddRange(batch.SelectMany(p => p.Rows));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    sealed record Pending(IReadOnlyList<object> Rows)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
