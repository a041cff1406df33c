using System.Security.Claims;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;

namespace Hub.CaseStore.Staff;

/// <summary>Which cases a signed-in user may see: all for the centre and discipline, only their unit's for unit roles.</summary>
public static class CaseScope
{
    public static IQueryable<Case> Visible(this IQueryable<Case> cases, ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Center) || user.IsInRole(StaffRoles.Discipline))
        {
            return cases;
        }

        if (user.IsInRole(StaffRoles.UnitOfficer) || user.IsInRole(StaffRoles.UnitHead))
        {
            var unit = user.FindFirstValue(StaffClaims.Unit);
            return unit is null ? cases.Where(_ => false) : cases.Where(c => c.UnitCode == unit);
        }

        return cases.Where(_ => false);
    }
}
