using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Staff;

/// <summary>Staff changes to a case: each one a <see cref="CaseEvent"/> and an audit entry, committed together.</summary>
public sealed class CaseWork(HubDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string NoteKind = "note";
    public const string AssignedToAccusedUnitKind = "assigned-to-accused-unit";
    const string OutcomePrefix = "outcome: ";

    public async Task<Case?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Visible(user).Include(c => c.Complaints).ThenInclude(x => x.Attachments).Include(c => c.Events).Include(c => c.Accused).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is not null)
        {
            // read through the same scope, so the page never names a case the viewer may not see
            found.PossibleDuplicates = await Duplicates.PossibleDuplicateQueries.ForCaseAsync(db, user, id, cancellationToken);
        }

        return found;
    }

    public static string? ScreeningOutcome(Case @case) =>
        @case.Events.Where(e => e.Kind == StatusKind(CaseStatus.Screened)).OrderBy(e => e.Id).LastOrDefault()?.Detail?
            .Split('\n').FirstOrDefault(l => l.StartsWith(OutcomePrefix, StringComparison.Ordinal))?[OutcomePrefix.Length..];

    public static string StatusKind(CaseStatus status) => "status:" + status;

    /// <summary>Applies the transition or returns why not; a case outside the user's scope is reported as not found.</summary>
    public async Task<IReadOnlyList<string>?> TransitionAsync(ClaimsPrincipal user, Guid id, TransitionRequest request, CancellationToken cancellationToken)
    {
        var @case = await FindAsync(user, id, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var errors = CaseLifecycle.Check(@case.Status, ScreeningOutcome(@case), request);
        if (errors.Count > 0)
        {
            return errors;
        }

        var toAccusedUnit = request.To == CaseStatus.Assigned && string.Equals(request.Unit!.Trim(), @case.AccusedUnitCode, StringComparison.OrdinalIgnoreCase);
        if (toAccusedUnit && (!user.IsInRole(StaffRoles.Center) || string.IsNullOrWhiteSpace(request.Reason)))
        {
            return ["ส่งเรื่องให้หน่วยงานที่ถูกร้องเรียนได้เฉพาะศูนย์ฯ และต้องระบุเหตุผล / Only the centre may assign a case to the unit it is about, and must give a reason."];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var detail = string.Join('\n', new[]
        {
            request.Outcome is { Length: > 0 } o ? OutcomePrefix + o : null,
            request.To == CaseStatus.Assigned ? "unit: " + request.Unit!.Trim() : null,
            request.ActionTaken is { Length: > 0 } a ? "action: " + a.Trim() : null,
            request.Reason is { Length: > 0 } r ? "reason: " + r.Trim() : null,
        }.Where(l => l is not null));
        var from = @case.Status;
        @case.Status = request.To;
        if (request.To == CaseStatus.Assigned)
        {
            @case.UnitCode = request.Unit!.Trim();
        }

        if (request.To == CaseStatus.Concluded)
        {
            @case.ConcludedAtUtc = now;
        }

        db.CaseEvents.Add(new CaseEvent { CaseId = @case.Id, AtUtc = now, Kind = StatusKind(request.To), Actor = Actor(user), Detail = detail });
        await audit.AppendAsync(Actor(user), "case.transition", @case.Id, $"{from} -> {request.To}", cancellationToken);
        if (toAccusedUnit)
        {
            // The conflict-of-interest guard was overridden on purpose: the decision and its reason stay on the record.
            db.CaseEvents.Add(new CaseEvent { CaseId = @case.Id, AtUtc = now, Kind = AssignedToAccusedUnitKind, Actor = Actor(user), Detail = detail });
            await audit.AppendAsync(Actor(user), "case.assign-accused-unit", @case.Id, @case.UnitCode, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<bool> AddNoteAsync(ClaimsPrincipal user, Guid id, string text, CancellationToken cancellationToken)
    {
        var exists = await db.Cases.Visible(user).AnyAsync(c => c.Id == id, cancellationToken);
        if (!exists)
        {
            return false;
        }

        db.CaseEvents.Add(new CaseEvent { CaseId = id, AtUtc = clock.GetUtcNow().UtcDateTime, Kind = NoteKind, Actor = Actor(user), Detail = text });
        await audit.AppendAsync(Actor(user), "case.note", id, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
