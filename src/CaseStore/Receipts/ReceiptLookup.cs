using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Receipts;

public sealed class ReceiptLookup(HubDbContext db)
{
    public async Task<ReceiptStatus?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (receipt is null)
        {
            return null;
        }

        var found = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == receipt.ComplaintId)
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { k.Id, k.Number, k.Status, c.LinkReason, c.ReceivedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        var accepted = new DateTimeOffset(receipt.AcceptedAtUtc, TimeSpan.Zero);
        if (found is null)
        {
            return new ReceiptStatus(receipt.Code, "accepted", "รับเรื่องแล้ว อยู่ระหว่างลงทะเบียน", null, accepted);
        }

        if (RetoldStage.IsOwnCase(found.LinkReason))
        {
            return new ReceiptStatus(receipt.Code, found.Status.ToString(), StatusNames.Thai(found.Status), found.Number, accepted);
        }

        // Someone else's case: only what staff did after this report arrived, and no number (see RetoldStage).
        var latest = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == found.Id && e.AtUtc >= found.ReceivedAtUtc && RetoldStage.StatusKinds.Contains(e.Kind))
            .OrderByDescending(e => e.Id).Select(e => e.Kind).FirstOrDefaultAsync(cancellationToken);
        var (status, statusTh) = RetoldStage.Of(latest);
        return new ReceiptStatus(receipt.Code, status, statusTh, null, accepted);
    }
}
