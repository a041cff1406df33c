using System.Security.Claims;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Identity;

/// <summary>
/// The only way to see a reporter's identity (WB-6, INT-3): a Center user states a reason, a second Center user
/// approves, then the requester may open it. Every step is on the audit chain, and every step goes through the same
/// case scope as the case page (<see cref="CaseScope"/>): a custodian accused in the case can neither ask, see, approve
/// nor open, even for a request made before the accusation was recorded (กฎ ก.ก. 2565 ข้อ 47).
/// </summary>
public sealed class IdentityReveal(HubDbContext db, IdentityVault vault, AuditLog audit, TimeProvider clock)
{
    /// <summary>Whether <paramref name="user"/> may see the case at all; checked again at every step, never cached on the request.</summary>
    public Task<bool> CaseInScopeAsync(ClaimsPrincipal user, Guid caseId, CancellationToken ct) =>
        db.Cases.Visible(user).AnyAsync(c => c.Id == caseId, ct);

    /// <summary>The request, when its case is within <paramref name="user"/>'s scope; null for unknown and out-of-scope alike.</summary>
    public async Task<IdentityRevealRequest?> FindAsync(ClaimsPrincipal user, Guid requestId, CancellationToken ct)
    {
        var request = await db.IdentityRevealRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        return request is not null && await CaseInScopeAsync(user, request.CaseId, ct) ? request : null;
    }

    public async Task<IdentityRevealRequest?> RequestAsync(ClaimsPrincipal user, Guid caseId, Guid identityId, string reason, CancellationToken ct)
    {
        if (!await CaseInScopeAsync(user, caseId, ct))
        {
            return null;
        }

        var belongs = await db.Complaints.AnyAsync(c => c.CaseId == caseId && c.ReporterIdentityId == identityId, ct);
        if (!belongs || string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        var request = new IdentityRevealRequest
        {
            Id = Guid.NewGuid(), CaseId = caseId, ReporterIdentityId = identityId, RequestedBy = CaseWork.Actor(user),
            Reason = reason.Trim(), RequestedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.IdentityRevealRequests.Add(request);
        await audit.AppendAsync(request.RequestedBy, "identity.reveal-requested", caseId, $"request {request.Id}: {request.Reason}", ct);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>False when the request is unknown, already approved, or the approver is the requester.</summary>
    public async Task<bool> ApproveAsync(ClaimsPrincipal custodian, Guid requestId, CancellationToken ct)
    {
        var request = await db.IdentityRevealRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        var approver = CaseWork.Actor(custodian);
        if (request is null || request.ApprovedBy is not null || request.RequestedBy == approver || !await CaseInScopeAsync(custodian, request.CaseId, ct))
        {
            return false;
        }

        request.ApprovedBy = approver;
        request.ApprovedAtUtc = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(approver, "identity.reveal-approved", request.CaseId, $"request {request.Id}", ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The contact, for the requester of an approved request whose case is still in their scope; the reveal itself is
    /// audited before it is returned.
    /// </summary>
    public async Task<ReporterContact?> OpenAsync(ClaimsPrincipal user, Guid requestId, CancellationToken ct)
    {
        var request = await FindAsync(user, requestId, ct);
        if (request?.ApprovedBy is null || request.RequestedBy != CaseWork.Actor(user))
        {
            return null;
        }

        var contact = await vault.OpenAsync(request.ReporterIdentityId, complaintId: null, "reveal", request.RequestedBy, ct);
        await audit.RecordViewAsync(request.RequestedBy, "identity.revealed", request.CaseId, $"request {request.Id} approved by {request.ApprovedBy}", ct);
        return contact;
    }
}
