using System.Security.Claims;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Identity;

/// <summary>
/// The only way to see a reporter's identity (WB-6, INT-3): a Center user states a reason, a second Center user
/// approves, then the requester may open it. Every step is on the audit chain.
/// </summary>
public sealed class IdentityReveal(HubDbContext db, IdentityVault vault, AuditLog audit, TimeProvider clock)
{
    public async Task<IdentityRevealRequest?> RequestAsync(ClaimsPrincipal user, Guid caseId, Guid identityId, string reason, CancellationToken ct)
    {
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
        if (request is null || request.ApprovedBy is not null || request.RequestedBy == approver)
        {
            return false;
        }

        request.ApprovedBy = approver;
        request.ApprovedAtUtc = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(approver, "identity.reveal-approved", request.CaseId, $"request {request.Id}", ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The contact, for the requester of an approved request only; the reveal itself is audited before it is returned.</summary>
    public async Task<ReporterContact?> OpenAsync(ClaimsPrincipal user, Guid requestId, CancellationToken ct)
    {
        var request = await db.IdentityRevealRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request?.ApprovedBy is null || request.RequestedBy != CaseWork.Actor(user))
        {
            return null;
        }

        var contact = await vault.OpenAsync(request.ReporterIdentityId, complaintId: null, "reveal", request.RequestedBy, ct);
        await audit.RecordViewAsync(request.RequestedBy, "identity.revealed", request.CaseId, $"request {request.Id} approved by {request.ApprovedBy}", ct);
        return contact;
    }
}
