using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Audit;

/// <param name="Checkpoint">The checkpoint the database was held against, or null when there was none to hold it to.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem, AuditCheckpoint? Checkpoint = null)
{
    public bool Intact => FirstBrokenSequence is null;
}

/// <summary>
/// Walks the chain from the first entry and names the first one whose link or content does not match, then holds the
/// database to the last checkpoint: every entry it counted must still be there, the one at its head unchanged.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(HubDbContext db, AuditChainKey key, AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint is not null && !checkpoint.IsSignedBy(key))
        {
            return new AuditVerification(0, checkpoint.Entries, "the checkpoint's signature does not match the chain key: it was edited or made elsewhere", checkpoint);
        }

        var expectedPrevious = AuditLog.Genesis;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(checkedCount, expectedSequence, $"entry {expectedSequence} is missing", checkpoint);
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its link to the previous entry does not match", checkpoint);
            }

            if (!LinkHolds(key, entry))
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its content was changed after it was written (its hash does not match under the chain key)", checkpoint);
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Entries && entry.Hash != checkpoint.Head)
            {
                return new AuditVerification(checkedCount, entry.Sequence, $"it differs from the head signed in the checkpoint of {checkpoint.AtUtc:yyyy-MM-dd HH:mm} UTC", checkpoint);
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        if (checkpoint is not null && checkedCount < checkpoint.Entries)
        {
            // The newest entries were removed: the chain that is left is consistent, but shorter than what was signed.
            return new AuditVerification(checkedCount, checkedCount + 1,
                $"entries {checkedCount + 1}–{checkpoint.Entries} are missing: the checkpoint of {checkpoint.AtUtc:yyyy-MM-dd HH:mm} UTC counted {checkpoint.Entries}", checkpoint);
        }

        return new AuditVerification(checkedCount, null, null, checkpoint);
    }

    /// <summary>The keyed link; an unkeyed one only within the configured legacy prefix written before keying.</summary>
    static bool LinkHolds(AuditChainKey key, AuditEntry e) =>
        AuditLog.HashOf(key, e.PreviousHash, e.Sequence, e.AtUtc, e.Actor, e.Action, e.CaseId, e.Detail) == e.Hash
        || (e.Sequence <= key.LegacyEntries && AuditLog.LegacyHashOf(e.PreviousHash, e.Sequence, e.AtUtc, e.Actor, e.Action, e.CaseId, e.Detail) == e.Hash);
}
