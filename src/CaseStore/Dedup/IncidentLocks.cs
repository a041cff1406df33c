using System.Security.Cryptography;
using System.Text;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Dedup;

/// <summary>
/// Serializes the "link or open" decision per candidate set. A complaint can only be found through a key it shares
/// with the other (an LSH band or an entity key), so locking every one of its keys for the rest of the transaction
/// means two retellings of one incident always decide one after the other, and the second sees the first's case.
/// Complaints with no key in common proceed in parallel.
/// </summary>
public sealed class IncidentLocks(HubDbContext db)
{
    public async Task AcquireAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Incident locks are held by the transaction that files the complaint.");
        }

        if (db.Database.IsSqlite())
        {
            return; // SQLite transactions begin IMMEDIATE: one writer at a time already serializes every decision
        }

        // One global order, so two transactions locking overlapping sets can never deadlock each other.
        var ordered = keys.Select(LockId).Distinct().Order().ToArray();
        if (db.Database.IsNpgsql())
        {
            // all in one round trip, taken in the array's order
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT pg_advisory_xact_lock(k.id) FROM unnest({ordered}) WITH ORDINALITY AS k(id, n) ORDER BY k.n", cancellationToken);
            return;
        }

        foreach (var key in ordered)
        {
            var resource = "hub-dedup:" + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"EXEC sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
        }
    }

    static long LockId(string key) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("dedup:" + key)), 0);
}
