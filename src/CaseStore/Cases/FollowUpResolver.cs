using System.Text.RegularExpressions;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Receipts;
using Hub.Contracts.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Cases;

/// <summary>
/// Finds the case a complaint follows up (<see cref="ComplaintReceived.RelatesTo"/>). A receipt code is the reporter's
/// secret and suffices; a case number is guessable, so it counts only when the same reporter (pseudonym) is already
/// on that case. Anything else opens or links a case as usual.
/// </summary>
public sealed partial class FollowUpResolver(HubDbContext db)
{
    public const string LinkReason = "follow-up";

    public async Task<Case?> FindCaseAsync(ComplaintReceived complaint, CancellationToken cancellationToken)
    {
        var reference = complaint.RelatesTo?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        Guid? caseId = null;
        if (ReceiptCode.TryNormalize(reference, out var code))
        {
            caseId = await db.Complaints.Where(c => c.ReceiptCode == code).Select(c => (Guid?)c.CaseId).FirstOrDefaultAsync(cancellationToken);
            if (caseId is null && await db.Receipts.AnyAsync(r => r.Code == code, cancellationToken))
            {
                // The earlier report is accepted but not filed yet (the two raced through the pipeline): fail so the bus
                // retries shortly, rather than opening a second case for one incident.
                throw new InvalidOperationException($"Complaint {complaint.ComplaintId} follows a report that is not filed yet; retrying.");
            }
        }
        else if (CaseNumberPattern().IsMatch(reference) && complaint.Reporter.Pseudonym is { } pseudonym)
        {
            caseId = await db.Cases
                .Where(k => k.Number == reference && k.Complaints.Any(c => c.ReporterPseudonym == pseudonym))
                .Select(k => (Guid?)k.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return caseId is null ? null : await db.Cases.SingleAsync(k => k.Id == caseId, cancellationToken);
    }

    [GeneratedRegex(@"^\d{4}-\d{6}$")]
    private static partial Regex CaseNumberPattern();
}
