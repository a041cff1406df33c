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
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { k.Number, k.Status })
            .SingleOrDefaultAsync(cancellationToken);
        var accepted = new DateTimeOffset(receipt.AcceptedAtUtc, TimeSpan.Zero);
        return found is null
            ? new ReceiptStatus(receipt.Code, "accepted", "รับเรื่องแล้ว อยู่ระหว่างลงทะเบียน", null, accepted)
            : new ReceiptStatus(receipt.Code, found.Status.ToString(), StatusNames.Thai(found.Status), found.Number, accepted);
    }
}
