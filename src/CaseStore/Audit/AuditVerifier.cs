using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Audit;

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool Intact => FirstBrokenSequence is null;
}

/// <summary>Walks the chain from the first entry and names the first one whose link or content does not match.</summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var expectedPrevious = AuditLog.Genesis;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(checkedCount, expectedSequence, $"entry {expectedSequence} is missing");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its link to the previous entry does not match");
            }

            if (AuditLog.HashOf(entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.Actor, entry.Action, entry.CaseId, entry.Detail) != entry.Hash)
            {
                return new AuditVerification(checkedCount, entry.Sequence, "its content was changed after it was written");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new AuditVerification(checkedCount, null, null);
    }
}
