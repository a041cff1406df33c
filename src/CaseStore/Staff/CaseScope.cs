using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;

namespace Hub.CaseStore.Staff;

/// <summary>
/// Which cases a signed-in user may see: all for the centre and discipline, only the cases assigned to their unit for
/// unit roles, and never a case that accuses the user (Hub never sends a case to the person it accuses).
/// </summary>
public static class CaseScope
{
    public static IQueryable<Case> Visible(this IQueryable<Case> cases, ClaimsPrincipal user)
    {
        var own = user.FindAll(StaffClaims.ContactPseudonym).Select(c => (string?)c.Value).ToList();
        var notAccusing = cases.Where(c => !c.Accused.Any(a => own.Contains(a.EmailPseudonym) || own.Contains(a.PhonePseudonym)));
        if (user.IsInRole(StaffRoles.Center) || user.IsInRole(StaffRoles.Discipline))
        {
            return notAccusing;
        }

        if (user.IsInRole(StaffRoles.UnitOfficer) || user.IsInRole(StaffRoles.UnitHead))
        {
            // UnitCode is set only by the centre's assignment, so a case merely classified as about this unit stays hidden.
            var unit = user.FindFirstValue(StaffClaims.Unit);
            return unit is null ? cases.Where(_ => false) : notAccusing.Where(c => c.UnitCode == unit);
        }

        return cases.Where(_ => false);
    }
}
