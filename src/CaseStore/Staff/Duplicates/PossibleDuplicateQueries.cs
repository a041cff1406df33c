using System.Security.Claims;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff.Duplicates;

/// <summary>
/// Reads possible duplicates through the case scope: a suggestion shows on both cases' pages, but only to centre and
/// discipline staff (who may link) and only when the viewer may see the other case too — so a suggestion never names a
/// case outside the viewer's scope or one that accuses the viewer.
/// </summary>
public static class PossibleDuplicateQueries
{
    /// <summary>Every suggestion touching case <paramref name="caseId"/>: pending ones first, then the decided ones with their reasons.</summary>
    public static async Task<IReadOnlyList<PossibleDuplicateView>> ForCaseAsync(HubDbContext db, ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        if (!CaseLinking.MayLink(user))
        {
            return [];
        }

        var rows = await Pairs(db).Where(x => x.ThisCase == caseId || x.OtherCase == caseId).AsNoTracking().ToListAsync(cancellationToken);
        var otherCases = rows.Select(r => r.ThisCase == caseId ? r.OtherCase : r.ThisCase).Distinct().ToList();
        var numbers = await db.Cases.Visible(user).Where(c => otherCases.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        return rows
            .Select(r => r.ThisCase == caseId
                ? (r.Suggestion, This: r.ThisReceipt, Other: r.OtherReceipt, OtherCase: r.OtherCase)
                : (r.Suggestion, This: r.OtherReceipt, Other: r.ThisReceipt, OtherCase: r.ThisCase))
            .Where(r => numbers.ContainsKey(r.OtherCase))
            // two complaints already in one case (linked since) are no longer a question
            .Where(r => r.Suggestion.State != PossibleDuplicateState.Pending || r.OtherCase != caseId)
            .OrderBy(r => r.Suggestion.State).ThenByDescending(r => r.Suggestion.Score)
            .Select(r => new PossibleDuplicateView(r.Suggestion, r.This, r.Other, r.OtherCase, numbers[r.OtherCase]))
            .ToList();
    }

    /// <summary>Cases of <paramref name="query"/> holding a pending suggestion whose other side is another case of <paramref name="visible"/> (the viewer's scope).</summary>
    public static IQueryable<Case> WithPending(IQueryable<Case> query, IQueryable<Case> visible, HubDbContext db)
    {
        var pending = Pairs(db).Where(x => x.Suggestion.State == PossibleDuplicateState.Pending && x.ThisCase != x.OtherCase);
        var flagged = pending.Where(x => visible.Any(v => v.Id == x.OtherCase)).Select(x => x.ThisCase)
            .Concat(pending.Where(x => visible.Any(v => v.Id == x.ThisCase)).Select(x => x.OtherCase));
        return query.Where(c => flagged.Contains(c.Id));
    }

    /// <summary>Each suggestion with the cases its two complaints are in now (cases merge, complaints move).</summary>
    static IQueryable<Pair> Pairs(HubDbContext db) =>
        from p in db.PossibleDuplicates
        join a in db.Complaints on p.ComplaintId equals a.Id
        join b in db.Complaints on p.SuggestedComplaintId equals b.Id
        select new Pair { Suggestion = p, ThisCase = a.CaseId, ThisReceipt = a.ReceiptCode, OtherCase = b.CaseId, OtherReceipt = b.ReceiptCode };

    sealed class Pair
    {
        public required PossibleDuplicate Suggestion { get; init; }
        public Guid ThisCase { get; init; }
        public required string ThisReceipt { get; init; }
        public Guid OtherCase { get; init; }
        public required string OtherReceipt { get; init; }
    }
}
