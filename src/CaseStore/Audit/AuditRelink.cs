using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Audit;

/// <summary>
/// When a concurrent writer took the sequence numbers this unit of work meant to append, its pending audit entries
/// are re-linked behind the new head of the chain so the save can be retried; the primary key on the sequence
/// guarantees the chain never forks, and this makes the loser wait its turn instead of failing.
/// </summary>
static class AuditRelink
{
    // Generous: under a burst every writer but one loses each round, and a loser must not fail the user's change.
    public const int MaxAttempts = 64;

    /// <summary>True when pending entries were re-linked and the save is worth retrying.</summary>
    public static async Task<bool> TryAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).OrderBy(e => e.Entity.Sequence).ToList();
        if (pending.Count == 0 || db.AuditKey is not { } key)
        {
            return false;
        }

        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (head is null || head.Sequence < pending[0].Entity.Sequence)
        {
            // Nobody took our place: the failure was something else, and retrying would only repeat it.
            return false;
        }

        var previous = head;
        foreach (var entry in pending)
        {
            var e = entry.Entity;
            entry.State = EntityState.Detached;
            var sequence = previous.Sequence + 1;
            var relinked = new AuditEntry
            {
                Sequence = sequence,
                AtUtc = e.AtUtc,
                Actor = e.Actor,
                Action = e.Action,
                CaseId = e.CaseId,
                Detail = e.Detail,
                PreviousHash = previous.Hash,
                Hash = AuditLog.HashOf(key, previous.Hash, sequence, e.AtUtc, e.Actor, e.Action, e.CaseId, e.Detail),
            };
            db.AuditEntries.Add(relinked);
            previous = relinked;
        }

        // A little jitter so the same writers do not meet again at the same instant.
        await Task.Delay(Random.Shared.Next(1, 20), cancellationToken);
        return true;
    }
}
