using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Outbox;
using Hub.CaseStore.Receipts;
using Hub.Contracts;
using Hub.Contracts.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Hub.Ingestion.Accepting;

/// <summary>
/// "Durable, then acknowledge" for every door: the sealed identity, the receipt and the outbox row carrying
/// <see cref="ComplaintReceived"/> commit in one transaction before any receipt code is shown. If the database
/// cannot take it, the caller gets an exception and must tell the reporter to try again (HTTP 503).
/// A door whose unit of work holds nothing else (the web form, the hotline) joins concurrent acceptances in one
/// commit (<see cref="AcceptanceBatches"/>); a door that saves its own rows with the complaint commits them together.
/// </summary>
public sealed class ComplaintAcceptor(HubDbContext db, IdentityVault vault, Outbox outbox, AcceptanceBatches batches, TimeProvider clock)
{
    public async Task<AcceptedComplaint> AcceptAsync(ComplaintSubmission submission, CancellationToken cancellationToken)
    {
        // Alone, a repeat is caught by the receipts' unique key at commit; with the caller's rows in the unit of work,
        // it is looked up first so a refused commit cannot take those rows down with it.
        var alone = !db.ChangeTracker.HasChanges();
        if (!alone && await FindEarlierAsync(submission, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var complaintId = Guid.NewGuid();
        var receiptCode = ReceiptCode.New();
        var now = clock.GetUtcNow();
        var message = new ComplaintReceived
        {
            ComplaintId = complaintId,
            ReceiptCode = receiptCode,
            Channel = submission.Channel,
            ChannelMessageId = submission.ChannelMessageId,
            ReceivedAtUtc = (submission.ReceivedAt ?? now).ToUniversalTime(),
            Subject = submission.Subject,
            Text = submission.Text,
            Reporter = vault.Seal(submission.Contact, submission.Anonymous),
            Attachments = submission.Attachments,
            Location = submission.Location,
            RelatesTo = submission.RelatesTo,
            References = submission.References.Distinct(StringComparer.Ordinal).ToList(),
            CallerConfirmed = submission.CallerConfirmed,
        };
        var receipt = new Receipt
        {
            Code = receiptCode,
            ComplaintId = complaintId,
            Channel = submission.Channel,
            ChannelMessageId = submission.ChannelMessageId,
            AcceptedAtUtc = now.UtcDateTime,
        };
        var row = outbox.Row(message, complaintId, Queues.Normalizer);
        try
        {
            if (alone)
            {
                // every row added since is this acceptance's own (the sealed identity, if the reporter gave one); the
                // caller's tracked rows stay as they are
                var own = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
                List<object> rows = [.. own.Select(e => e.Entity), receipt, row];
                own.ForEach(e => e.State = EntityState.Detached);
                await batches.CommitAsync(rows, cancellationToken);
            }
            else
            {
                db.Receipts.Add(receipt);
                db.OutboxMessages.Add(row);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same channel message won the unique index: answer with its receipt.
            db.ChangeTracker.Clear();
            return await FindEarlierAsync(submission, cancellationToken) ?? throw new InvalidOperationException("Complaint could not be stored.");
        }

        outbox.Wake();
        return new AcceptedComplaint(complaintId, receiptCode, AlreadyAccepted: false);
    }

    async Task<AcceptedComplaint?> FindEarlierAsync(ComplaintSubmission submission, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.AsNoTracking()
            .Where(r => r.Channel == submission.Channel && r.ChannelMessageId == submission.ChannelMessageId)
            .Select(r => new { r.ComplaintId, r.Code })
            .SingleOrDefaultAsync(cancellationToken);
        return receipt is null ? null : new AcceptedComplaint(receipt.ComplaintId, receipt.Code, AlreadyAccepted: true);
    }
}
