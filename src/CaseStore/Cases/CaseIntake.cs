using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Inbox;
using Hub.CaseStore.Persistence.Outbox;
using Hub.Contracts.Cases;
using Hub.Contracts.Complaints;
using Hub.Normalizer.Dedup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Cases;

/// <summary>
/// Files a normalized complaint into exactly one case: the case it repeats, or a new one with the next
/// gap-free number of its fiscal year. One transaction holds the inbox record, the case, the complaint and
/// the outbox events, so a crash anywhere leaves either all of it or none. The decision runs under
/// <see cref="IncidentLocks"/> on the complaint's dedup keys, so competing instances never open two cases for one incident.
/// </summary>
public sealed class CaseIntake(
    HubDbContext db,
    Inbox inbox,
    Outbox outbox,
    CaseNumberAllocator numbers,
    FollowUpResolver followUps,
    IncidentLocks locks,
    NearDuplicateLinker nearDuplicates,
    TimeProvider clock,
    IOptions<CaseIntakeOptions> options)
{
    public const string NearDuplicateReason = "near-duplicate";
    const string Consumer = "case-intake";

    public async Task<IntakeResult> FileAsync(ComplaintNormalized normalized, Guid messageId, CancellationToken cancellationToken)
    {
        var complaint = normalized.Complaint;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await inbox.TryBeginAsync(Consumer, messageId, cancellationToken))
        {
            return IntakeResult.AlreadyProcessed;
        }

        var redelivered = await db.Complaints.AnyAsync(
            c => c.Id == complaint.ComplaintId || (c.Channel == complaint.Channel && c.ChannelMessageId == complaint.ChannelMessageId),
            cancellationToken);
        if (redelivered)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return IntakeResult.AlreadyProcessed;
        }

        var fingerprint = options.Value.NearDuplicateLinking ? NormalizedFingerprint.Of(normalized) : null;
        var keys = fingerprint is null ? [] : DuplicateLinker.LookupKeys(fingerprint).ToList();
        await locks.AcquireAsync(keys, cancellationToken);

        var received = complaint.ReceivedAtUtc.UtcDateTime;
        var followed = await followUps.FindCaseAsync(complaint, cancellationToken);
        var duplicateCaseId = followed is null ? await DuplicateCaseAsync(normalized, received, cancellationToken) : null;

        var references = complaint.References.Distinct(StringComparer.Ordinal).ToList();
        var sharedReference = followed is not null || duplicateCaseId is not null || references.Count == 0
            ? null
            : await db.ComplaintReferences
                .Where(r => references.Contains(r.Reference))
                .Join(db.Complaints, r => r.ComplaintId, c => c.Id, (r, c) => new { c.CaseId, c.ReceivedAtUtc })
                .OrderBy(c => c.ReceivedAtUtc)
                .Select(c => (Guid?)c.CaseId)
                .FirstOrDefaultAsync(cancellationToken);
        var findings = followed is null && duplicateCaseId is null && sharedReference is null && fingerprint is not null
            ? await nearDuplicates.FindAsync(fingerprint, keys, cancellationToken)
            : NearDuplicateFindings.None;
        var nearDuplicate = findings.Link;

        var now = clock.GetUtcNow().UtcDateTime;
        Case target;
        string reason;
        if (followed is not null)
        {
            target = followed;
            reason = FollowUpResolver.LinkReason;
        }
        else if (duplicateCaseId is not null)
        {
            target = await db.Cases.SingleAsync(c => c.Id == duplicateCaseId, cancellationToken);
            reason = "same-text-window";
        }
        else if (sharedReference is { } caseId)
        {
            target = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
            reason = "shared-reference";
        }
        else if (nearDuplicate is not null)
        {
            target = await db.Cases.SingleAsync(c => c.Id == nearDuplicate.CaseId, cancellationToken);
            reason = NearDuplicateReason;
        }
        else
        {
            target = await OpenCaseAsync(normalized, now, cancellationToken);
            reason = "opened";
        }

        db.Complaints.Add(new Complaint
        {
            Id = complaint.ComplaintId,
            CaseId = target.Id,
            ReceiptCode = complaint.ReceiptCode,
            Channel = complaint.Channel,
            ChannelMessageId = complaint.ChannelMessageId,
            ReceivedAtUtc = received,
            Subject = complaint.Subject,
            Text = complaint.Text,
            CanonicalText = normalized.CanonicalText,
            ContentHash = normalized.ContentHash,
            ReporterAnonymous = complaint.Reporter.Anonymous,
            ReporterIdentityId = complaint.Reporter.IdentityId,
            ReporterPseudonym = complaint.Reporter.Pseudonym,
            District = complaint.Location?.District,
            CallerConfirmed = complaint.CallerConfirmed,
            ClassificationSignals = normalized.ClassificationSignals.Count == 0 ? null : Truncate(string.Join('\n', normalized.ClassificationSignals), 4000),
            NeedsScreening = normalized.NeedsScreening,
            References = references.Select(r => new ComplaintReference { Reference = r }).ToList(),
            Attachments = complaint.Attachments.Select(a => new ComplaintAttachment
            {
                Sha256 = a.Sha256,
                MediaType = a.ContentType,
                SizeBytes = a.SizeBytes,
                OriginalName = string.IsNullOrWhiteSpace(a.FileName) ? null : Truncate(a.FileName, 260),
            }).ToList(),
            LinkReason = reason,
            LinkedComplaintId = nearDuplicate?.ComplaintId,
            LinkScore = nearDuplicate is null ? null : Math.Round(nearDuplicate.Score, 3),
            LinkEvidence = nearDuplicate is null ? null : Truncate(string.Join('\n', nearDuplicate.Evidence.Select(Staff.LinkEvidenceText.Stored)), 2000),
        });
        if (fingerprint is not null)
        {
            await nearDuplicates.RememberAsync(fingerprint, keys, cancellationToken);
        }

        PossibleDuplicateSuggestions.Add(db, complaint.ComplaintId, findings.Suggestions, now);

        var eventKind = followed is null ? "complaint-linked" : "further-information";
        db.CaseEvents.Add(new CaseEvent { CaseId = target.Id, AtUtc = now, Kind = eventKind, Detail = $"{complaint.Channel}:{reason}" });
        outbox.Add(new ComplaintLinkedToCase(target.Id, target.Number, complaint.ComplaintId, complaint.ReceiptCode, reason),
            DerivedId(messageId, "linked"));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Wake();
        return reason == "opened" ? IntakeResult.Opened : IntakeResult.Linked;
    }

    async Task<Guid?> DuplicateCaseAsync(ComplaintNormalized normalized, DateTime received, CancellationToken cancellationToken)
    {
        var complaint = normalized.Complaint;
        var windowStart = received - options.Value.DuplicateTextWindow;
        return await db.Complaints
            .Where(c => c.Channel == complaint.Channel && c.ContentHash == normalized.ContentHash && c.ReceivedAtUtc >= windowStart && c.ReceivedAtUtc <= received)
            .OrderBy(c => c.ReceivedAtUtc)
            .Select(c => (Guid?)c.CaseId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    async Task<Case> OpenCaseAsync(ComplaintNormalized normalized, DateTime now, CancellationToken cancellationToken)
    {
        // The fiscal year follows when the complaint was received, not when Hub got round to filing it.
        var year = FiscalYear.Of(normalized.Complaint.ReceivedAtUtc);
        var sequence = await numbers.NextAsync(year, cancellationToken);
        var opened = new Case
        {
            Id = DerivedId(normalized.Complaint.ComplaintId, "case"),
            Number = CaseNumber.Format(year, sequence),
            FiscalYear = year.BuddhistYear,
            Sequence = sequence,
            Status = CaseStatus.Received,
            Category = normalized.Category,
            // Classification names the unit complained about; handing the case to that unit is the centre's deliberate act.
            AccusedUnitCode = normalized.UnitCode,
            OpenedAtUtc = normalized.Complaint.ReceivedAtUtc.UtcDateTime,
        };
        db.Cases.Add(opened);
        db.CaseEvents.Add(new CaseEvent { CaseId = opened.Id, AtUtc = now, Kind = "opened", Detail = opened.Category });
        outbox.Add(new CaseOpened(opened.Id, opened.Number, opened.Category, new DateTimeOffset(opened.OpenedAtUtc, TimeSpan.Zero)),
            DerivedId(normalized.Complaint.ComplaintId, "opened"));
        return opened;
    }

    static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>Deterministic ids, so a retried intake produces the very same rows and messages.</summary>
    static Guid DerivedId(Guid source, string purpose)
    {
        Span<byte> input = stackalloc byte[16 + purpose.Length];
        source.TryWriteBytes(input);
        System.Text.Encoding.ASCII.GetBytes(purpose, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(input, hash);
        return new Guid(hash[..16]);
    }
}
