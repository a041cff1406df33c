using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Audit;

/// <summary>
/// Appends to the hash-chained audit log inside the caller's unit of work, so the record and the change it
/// describes commit together. Entries are never updated or deleted. Links are keyed (<see cref="AuditChainKey"/>).
/// </summary>
public sealed class AuditLog(HubDbContext db, TimeProvider clock, AuditChainKey key)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Adds the next link; the caller saves. Two writers racing for one sequence collide on the key and the loser is re-linked (<see cref="AuditRelink"/>).</summary>
    public async Task AppendAsync(string actor, string action, Guid? caseId, string? detail, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.Sequence).LastOrDefault();
        var previous = pending ?? await db.AuditEntries.OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
        // Whole milliseconds: every provider stores them exactly, so the hash recomputes identically after a round trip.
        var now = clock.GetUtcNow().UtcDateTime;
        var at = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? Genesis;
        var id = caseId?.ToString();
        // The re-linker of a lost race recomputes links, so the context carries the key with its pending entries.
        db.AuditKey = key;
        db.AuditEntries.Add(new AuditEntry
        {
            Sequence = sequence,
            AtUtc = at,
            Actor = actor,
            Action = action,
            CaseId = id,
            Detail = detail,
            PreviousHash = previousHash,
            Hash = HashOf(key, previousHash, sequence, at, actor, action, id, detail),
        });
    }

    /// <summary>Records a read of sensitive data and commits it at once.</summary>
    public async Task RecordViewAsync(string actor, string action, Guid? caseId, string? detail, CancellationToken cancellationToken)
    {
        await AppendAsync(actor, action, caseId, detail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The keyed link: HMAC-SHA256 over the previous hash and the entry's canonical form.</summary>
    public static string HashOf(AuditChainKey key, string previousHash, long sequence, DateTime atUtc, string actor, string action, string? caseId, string? detail) =>
        key.Mac(previousHash + Canonical(sequence, atUtc, actor, action, caseId, detail));

    /// <summary>The unkeyed link of entries written before keying (see <see cref="AuditOptions.LegacyEntries"/>); never written any more.</summary>
    public static string LegacyHashOf(string previousHash, long sequence, DateTime atUtc, string actor, string action, string? caseId, string? detail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + Canonical(sequence, atUtc, actor, action, caseId, detail))));

    // A JSON array is unambiguous: no field can run into the next however its text is chosen.
    static string Canonical(long sequence, DateTime atUtc, string actor, string action, string? caseId, string? detail) =>
        JsonSerializer.Serialize(new object?[] { sequence, atUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture), actor, action, caseId, detail });
}
