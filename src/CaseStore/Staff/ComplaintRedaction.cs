using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.Normalizer.Pii;

namespace Hub.CaseStore.Staff;

/// <summary>
/// Complaint text on the case page is redacted by default: national ids, phones, e-mails, bank accounts and LINE ids
/// become "[ID]", "[PHONE]", … (the normalizer's detectors). A reporter often writes their own number into the story;
/// whoever handles the case in the unit it accuses must not learn it from there. The original is one audited click
/// away for those who may see it — never for the accused unit's own handlers.
/// </summary>
public static class ComplaintRedaction
{
    static readonly HashSet<PiiKind> Masked = [PiiKind.NationalId, PiiKind.Phone, PiiKind.Email, PiiKind.BankAccount, PiiKind.LineId];

    // Machine-written English (link evidence): the LINE-id detector would read "identifier" as "id entifier".
    static readonly HashSet<PiiKind> Numbers = [PiiKind.NationalId, PiiKind.Phone, PiiKind.Email, PiiKind.BankAccount];

    public static string Redact(string text) => Redact(text, Masked);

    public static string RedactNumbers(string text) => Redact(text, Numbers);

    static string Redact(string text, HashSet<PiiKind> kinds) => PiiScanner.Redact(text, PiiScanner.Scan(text).Where(s => kinds.Contains(s.Kind)).ToList());

    /// <summary>Centre and discipline, and a unit handling a case that does not accuse it; a unit's handlers never for a case about their unit.</summary>
    public static bool MayReadOriginal(ClaimsPrincipal user, Case c)
    {
        if (user.IsInRole(StaffRoles.Center) || user.IsInRole(StaffRoles.Discipline))
        {
            return true;
        }

        var unit = user.FindFirstValue(StaffClaims.Unit);
        return unit is not null && !string.Equals(unit, c.AccusedUnitCode, StringComparison.OrdinalIgnoreCase);
    }
}
