using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Outbox;
using Hub.Contracts.Cases;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff;

/// <summary>
/// Staff correct the linker: link another case into this one, or split a complaint out into a case of its own.
/// Only centre and discipline staff may, since both reach across units. A split is remembered as
/// <see cref="SplitPair"/>s, which both the live linker and a later staff link honour.
/// </summary>
public sealed class CaseLinking(HubDbContext db, AuditLog audit, CaseNumberAllocator numbers, Outbox outbox, TimeProvider clock)
{
    public const string LinkedReason = "linked-by-staff";
    public const string SplitReason = "split-by-staff";

    public static bool MayLink(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Center) || user.IsInRole(StaffRoles.Discipline);

    /// <summary>Moves every complaint of case <paramref name="number"/> into case <paramref name="id"/>; errors, or <c>null</c> when not allowed.</summary>
    public async Task<IReadOnlyList<string>?> LinkAsync(ClaimsPrincipal user, Guid id, string number, string reason, CancellationToken cancellationToken)
    {
        if (!MayLink(user))
        {
            return null;
        }

        // Accepting a possible duplicate links inside its own transaction, together with the suggestion's decision.
        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var target = await db.Cases.Visible(user).Include(c => c.Complaints).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (target is null)
        {
            return null;
        }

        var other = await db.Cases.Visible(user).Include(c => c.Complaints).Include(c => c.Accused).SingleOrDefaultAsync(c => c.Number == number.Trim(), cancellationToken);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("ต้องระบุเหตุผล / A reason is required");
        }

        if (other is null || other.Id == target.Id || other.MergedIntoCaseId is not null || other.Complaints.Count == 0)
        {
            errors.Add("ไม่พบเรื่องที่จะเชื่อมโยง / No other case with that number to link");
        }
        else if (await SplitApartAsync(target, other, cancellationToken))
        {
            errors.Add("เรื่องนี้มีคำร้องที่เคยถูกแยกออกจากกัน / These cases hold complaints staff split apart");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var complaint in other!.Complaints)
        {
            complaint.CaseId = target.Id;
            complaint.LinkReason = LinkedReason;
        }

        other.MergedIntoCaseId = target.Id;
        db.AccusedPersons.AddRange(other.Accused.Select(a => a.CopyTo(target.Id)));
        var actor = CaseWork.Actor(user);
        db.CaseEvents.Add(new CaseEvent { CaseId = target.Id, AtUtc = now, Kind = "case-linked", Actor = actor, Detail = $"{other.Number}\nreason: {reason.Trim()}" });
        db.CaseEvents.Add(new CaseEvent { CaseId = other.Id, AtUtc = now, Kind = "linked-into", Actor = actor, Detail = $"{target.Number}\nreason: {reason.Trim()}" });
        await audit.AppendAsync(actor, "case.link", target.Id, $"{other.Number} -> {target.Number}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return [];
    }

    /// <summary>Opens a new case for one complaint of case <paramref name="id"/>; its number, errors, or <c>null</c> when not allowed.</summary>
    public async Task<(string? Number, IReadOnlyList<string> Errors)?> SplitAsync(ClaimsPrincipal user, Guid id, Guid complaintId, string reason, CancellationToken cancellationToken)
    {
        if (!MayLink(user))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var source = await db.Cases.Visible(user).Include(c => c.Complaints).Include(c => c.Accused).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var complaint = source.Complaints.SingleOrDefault(c => c.Id == complaintId);
        if (string.IsNullOrWhiteSpace(reason) || complaint is null || source.Complaints.Count < 2)
        {
            return (null, ["เลือกคำร้องในเรื่องที่มีมากกว่าหนึ่งคำร้อง และระบุเหตุผล / Choose a complaint of a case with several, and give a reason"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var year = FiscalYear.Of(new DateTimeOffset(complaint.ReceivedAtUtc, TimeSpan.Zero));
        var sequence = await numbers.NextAsync(year, cancellationToken);
        var split = new Case
        {
            Id = Guid.NewGuid(),
            Number = CaseNumber.Format(year, sequence),
            FiscalYear = year.BuddhistYear,
            Sequence = sequence,
            Status = CaseStatus.Received,
            Category = source.Category,
            UnitCode = source.UnitCode,
            AccusedUnitCode = source.AccusedUnitCode,
            OpenedAtUtc = complaint.ReceivedAtUtc,
        };
        db.Cases.Add(split);
        // The guard follows the complaint: whoever the source case accuses stays unable to see the split-off part.
        db.AccusedPersons.AddRange(source.Accused.Select(a => a.CopyTo(split.Id)));
        complaint.CaseId = split.Id;
        complaint.LinkReason = SplitReason;
        complaint.LinkedComplaintId = null;
        complaint.LinkScore = null;
        complaint.LinkEvidence = null;

        var actor = CaseWork.Actor(user);
        var known = await db.SplitPairs.Where(s => s.ComplaintA == complaintId || s.ComplaintB == complaintId).ToListAsync(cancellationToken);
        foreach (var other in source.Complaints.Where(c => c.Id != complaintId))
        {
            var (a, b) = SplitPair.Ordered(complaintId, other.Id);
            if (!known.Any(k => k.ComplaintA == a && k.ComplaintB == b))
            {
                db.SplitPairs.Add(new SplitPair { ComplaintA = a, ComplaintB = b, AtUtc = now, Actor = actor, Reason = reason.Trim() });
            }
        }

        db.CaseEvents.Add(new CaseEvent { CaseId = source.Id, AtUtc = now, Kind = "complaint-split", Actor = actor, Detail = $"{complaint.ReceiptCode} -> {split.Number}\nreason: {reason.Trim()}" });
        db.CaseEvents.Add(new CaseEvent { CaseId = split.Id, AtUtc = now, Kind = "opened", Actor = actor, Detail = $"split from {source.Number}\nreason: {reason.Trim()}" });
        outbox.Add(new CaseOpened(split.Id, split.Number, split.Category, new DateTimeOffset(split.OpenedAtUtc, TimeSpan.Zero)), Guid.NewGuid());
        await audit.AppendAsync(actor, "case.split", source.Id, $"{complaint.ReceiptCode}: {source.Number} -> {split.Number}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Wake();
        return (split.Number, []);
    }

    async Task<bool> SplitApartAsync(Case target, Case other, CancellationToken cancellationToken)
    {
        var mine = target.Complaints.Select(c => c.Id).ToList();
        var theirs = other.Complaints.Select(c => c.Id).ToList();
        return await db.SplitPairs.AnyAsync(s =>
            (mine.Contains(s.ComplaintA) && theirs.Contains(s.ComplaintB)) || (theirs.Contains(s.ComplaintA) && mine.Contains(s.ComplaintB)), cancellationToken);
    }
}
