using System.Security.Cryptography;
using Hub.CaseStore.Channels.Email;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.Ingestion.Accepting;
using Hub.Ingestion.Email.Attachments;
using Hub.Ingestion.Email.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Email.Inbox;

/// <summary>
/// Turns one raw message into a durable complaint through <see cref="ComplaintAcceptor"/> (idempotent by Message-ID),
/// or into a failure with its reason, and records the outcome under its UID. The caller moves the message only after
/// this returns. Infrastructure errors (database, disk) propagate, so the message stays in the inbox and is retried.
/// </summary>
public sealed class EmailIntake(
    HubDbContext db,
    ComplaintAcceptor acceptor,
    EmailEvidence evidence,
    TimeProvider clock,
    IOptions<EmailOptions> options)
{
    public const string Channel = "email";

    public async Task<EmailMessageRecord> HandleAsync(MessageKey key, byte[] raw, CancellationToken cancellationToken)
    {
        ParsedEmail parsed;
        IReadOnlyList<Contracts.Complaints.AttachmentReference> stored;
        IReadOnlyList<string> refused;
        try
        {
            parsed = EmailParser.Parse(new MemoryStream(raw, writable: false));
            (stored, refused) = await evidence.StoreAsync(raw, parsed.Attachments, parsed.QuotedHistory, cancellationToken);
        }
        catch (EmailRejectedException ex)
        {
            return await RejectAsync(key, RawHash(raw), ex.Message, cancellationToken);
        }

        var text = refused.Count == 0
            ? parsed.Text
            : parsed.Text + "\n\n[ไฟล์แนบที่ไม่ได้รับ / Attachments not accepted: " + string.Join("; ", refused) + "]";
        var accepted = await acceptor.AcceptAsync(new ComplaintSubmission
        {
            Channel = Channel,
            ChannelMessageId = parsed.ChannelMessageId,
            Subject = parsed.Subject is { Length: > 500 } long_ ? long_[..500] : parsed.Subject,
            Text = text,
            Contact = new ReporterContact(Name: string.IsNullOrWhiteSpace(parsed.From.Name) ? null : parsed.From.Name, Email: parsed.From.Address),
            Attachments = stored,
            ReceivedAt = key.ReceivedAt,
            RelatesTo = parsed.RelatesTo,
        }, cancellationToken);

        // Written after the acceptor committed; a crash in between leaves the message in the inbox, and the retry
        // gets the same complaint back (AlreadyAccepted) and writes what is missing here.
        var now = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrEmpty(options.Value.Acknowledgement.Host)
            && !await db.EmailAcknowledgements.AnyAsync(a => a.ComplaintId == accepted.ComplaintId, cancellationToken))
        {
            db.EmailAcknowledgements.Add(new EmailAcknowledgement
            {
                ComplaintId = accepted.ComplaintId,
                ReceiptCode = accepted.ReceiptCode,
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
            });
        }

        return await RecordAsync(new EmailMessageRecord
        {
            Mailbox = key.Mailbox,
            UidValidity = key.UidValidity,
            Uid = key.Uid,
            ChannelMessageId = parsed.ChannelMessageId,
            Outcome = EmailOutcomes.Accepted,
            Reason = accepted.AlreadyAccepted ? "already accepted (redelivery)" : null,
            ComplaintId = accepted.ComplaintId,
            AuthenticationResults = parsed.AuthenticationResults,
            HandledAtUtc = now,
        }, cancellationToken);
    }

    /// <summary>Records a message that cannot be a complaint; its content stays in the failed folder for operators.</summary>
    public Task<EmailMessageRecord> RejectAsync(MessageKey key, string channelMessageId, string reason, CancellationToken cancellationToken) =>
        RecordAsync(new EmailMessageRecord
        {
            Mailbox = key.Mailbox,
            UidValidity = key.UidValidity,
            Uid = key.Uid,
            ChannelMessageId = channelMessageId,
            Outcome = EmailOutcomes.Failed,
            Reason = reason,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken);

    public Task<EmailMessageRecord?> FindAsync(MessageKey key, CancellationToken cancellationToken) =>
        db.EmailMessages.SingleOrDefaultAsync(m => m.Mailbox == key.Mailbox && m.UidValidity == key.UidValidity && m.Uid == key.Uid, cancellationToken);

    public async Task MarkMovedAsync(EmailMessageRecord record, CancellationToken cancellationToken)
    {
        record.MovedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    async Task<EmailMessageRecord> RecordAsync(EmailMessageRecord record, CancellationToken cancellationToken)
    {
        db.EmailMessages.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    static string RawHash(byte[] raw) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw));
}
