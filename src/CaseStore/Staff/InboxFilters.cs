using System.Security.Claims;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Http;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>
/// The inbox's work filters: "ต้องคัดกรอง / needs screening" (a complaint the normalizer kept as an integrity complaint on a
/// close call) and, for staff who may link, "มีเรื่องที่อาจซ้ำ / has possible duplicates" (an undecided suggestion whose
/// other case the viewer may also see). Both narrow a query that is already scoped.
/// </summary>
public sealed record InboxFilters(bool Screening, bool Duplicates)
{
    public static InboxFilters From(string? screening, string? duplicates) => new(screening == "1", duplicates == "1");

    public static InboxFilters Of(HttpRequest request) => From(request.Query["screening"], request.Query["duplicates"]);

    public IQueryable<Case> Apply(IQueryable<Case> visible, HubDbContext db, ClaimsPrincipal user)
    {
        var query = visible;
        if (Screening)
        {
            query = query.Where(c => c.Complaints.Any(x => x.NeedsScreening));
        }

        if (Duplicates && CaseLinking.MayLink(user))
        {
            query = Staff.Duplicates.PossibleDuplicateQueries.WithPending(query, visible, db);
        }

        return query;
    }

    public string Controls(HttpContext http) =>
        $"""<label><input type="checkbox" name="screening" value="1"{(Screening ? " checked" : "")}> ต้องคัดกรอง / Needs screening</label>"""
        + (CaseLinking.MayLink(http.User)
            ? $"""<label><input type="checkbox" name="duplicates" value="1"{(Duplicates ? " checked" : "")}> มีเรื่องที่อาจซ้ำ / Has possible duplicates</label>"""
            : "");
}
