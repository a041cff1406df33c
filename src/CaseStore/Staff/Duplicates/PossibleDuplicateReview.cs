using System.Globalization;
using System.Security.Claims;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff.Duplicates;

/// <summary>
/// Centre and discipline staff decide a possible duplicate from either case's page. Accepting links the other case
/// into this one exactly as the staff link does (<see cref="CaseLinking.LinkAsync"/>: scope, split memory, accused
/// persons carried over); rejecting remembers the pair as a <see cref="SplitPair"/>, so neither the live linker nor a
/// staff link joins them again. Both need a reason, keep the score and evidence on the suggestion and the case
/// history, and are audited, in one transaction.
/// </summary>
public sealed class PossibleDuplicateReview(HubDbContext db, CaseLinking linking, AuditLog audit, TimeProvider clock)
{
    public const string AcceptedKind = "possible-duplicate-accepted";
    public const string RejectedKind = "possible-duplicate-rejected";

    /// <summary>Errors, an empty list when done, or <c>null</c> when the user may not (or the suggestion is not on this case).</summary>
    public async Task<IReadOnlyList<string>?> AcceptAsync(ClaimsPrincipal user, Guid caseId, long suggestionId, string reason, CancellationToken cancellationToken)
    {
        if (!CaseLinking.MayLink(user))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await FindAsync(user, caseId, suggestionId, cancellationToken);
        if (found is not var (suggestion, other))
        {
            return null;
        }

        if (Undecided(suggestion, reason) is { Count: > 0 } errors)
        {
            return errors;
        }

        var linked = await linking.LinkAsync(user, caseId, other.Number, reason, cancellationToken);
        if (linked is not { Count: 0 })
        {
            return linked;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Decide(suggestion, PossibleDuplicateState.Accepted, user, reason, now);
        db.CaseEvents.Add(new CaseEvent { CaseId = caseId, AtUtc = now, Kind = AcceptedKind, Actor = CaseWork.Actor(user), Detail = Detail(other.Number, suggestion, reason) });
        await audit.AppendAsync(CaseWork.Actor(user), "case.duplicate-accept", caseId, $"{suggestion.Id}: {other.Number}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>?> RejectAsync(ClaimsPrincipal user, Guid caseId, long suggestionId, string reason, CancellationToken cancellationToken)
    {
        if (!CaseLinking.MayLink(user))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await FindAsync(user, caseId, suggestionId, cancellationToken);
        if (found is not var (suggestion, other))
        {
            return null;
        }

        if (Undecided(suggestion, reason) is { Count: > 0 } errors)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = CaseWork.Actor(user);
        var (a, b) = SplitPair.Ordered(suggestion.ComplaintId, suggestion.SuggestedComplaintId);
        if (!await db.SplitPairs.AnyAsync(s => s.ComplaintA == a && s.ComplaintB == b, cancellationToken))
        {
            db.SplitPairs.Add(new SplitPair { ComplaintA = a, ComplaintB = b, AtUtc = now, Actor = actor, Reason = reason.Trim() });
        }

        Decide(suggestion, PossibleDuplicateState.Rejected, user, reason, now);
        var number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync(cancellationToken);
        db.CaseEvents.Add(new CaseEvent { CaseId = caseId, AtUtc = now, Kind = RejectedKind, Actor = actor, Detail = Detail(other.Number, suggestion, reason) });
        db.CaseEvents.Add(new CaseEvent { CaseId = other.Id, AtUtc = now, Kind = RejectedKind, Actor = actor, Detail = Detail(number, suggestion, reason) });
        await audit.AppendAsync(actor, "case.duplicate-reject", caseId, $"{suggestion.Id}: {other.Number}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>The suggestion if it touches case <paramref name="caseId"/>, with the other side's case, both within the user's scope.</summary>
    async Task<(PossibleDuplicate Suggestion, Case Other)?> FindAsync(ClaimsPrincipal user, Guid caseId, long suggestionId, CancellationToken cancellationToken)
    {
        var suggestion = await db.PossibleDuplicates.SingleOrDefaultAsync(p => p.Id == suggestionId, cancellationToken);
        if (suggestion is null)
        {
            return null;
        }

        var ids = new[] { suggestion.ComplaintId, suggestion.SuggestedComplaintId };
        var cases = await db.Complaints.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseId, cancellationToken);
        if (cases.Count != 2)
        {
            return null;
        }

        var mine = cases[suggestion.ComplaintId];
        var theirs = cases[suggestion.SuggestedComplaintId];
        var otherId = mine == caseId ? theirs : theirs == caseId ? mine : (Guid?)null;
        var visible = db.Cases.Visible(user);
        if (otherId is null || !await visible.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return null;
        }

        var other = await visible.SingleOrDefaultAsync(c => c.Id == otherId, cancellationToken);
        return other is null ? null : (suggestion, other);
    }

    static List<string> Undecided(PossibleDuplicate suggestion, string reason)
    {
        var errors = new List<string>();
        if (suggestion.State != PossibleDuplicateState.Pending)
        {
            errors.Add("ตัดสินเรื่องนี้ไปแล้ว / This suggestion was already decided");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("ต้องระบุเหตุผล / A reason is required");
        }

        return errors;
    }

    static void Decide(PossibleDuplicate suggestion, PossibleDuplicateState state, ClaimsPrincipal user, string reason, DateTime now)
    {
        suggestion.State = state;
        suggestion.DecidedBy = CaseWork.Actor(user);
        suggestion.DecidedAtUtc = now;
        suggestion.Reason = reason.Trim();
    }

    // the history keeps what the decision was made on: the score and the evidence, not only the outcome
    static string Detail(string otherNumber, PossibleDuplicate suggestion, string reason) =>
        $"{otherNumber}\nscore: {suggestion.Score.ToString("0.00", CultureInfo.InvariantCulture)}\n{suggestion.Evidence}\nreason: {reason.Trim()}";
}
