using Hub.CaseStore.Cases;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>
/// "Why the system classified it", under each complaint: the normalizer's own explanations (integrity score against
/// its threshold, the words that weighed most, the category's words). A close call is kept as an integrity complaint
/// (recall first) and flagged "needs screening"; that note opens by itself so it is not overlooked.
/// </summary>
public static class ClassificationNote
{
    public const string ScreeningBadge = """<strong class="screening">ต้องคัดกรอง / Needs screening</strong>""";

    public static string Of(Complaint complaint)
    {
        var signals = (complaint.ClassificationSignals ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (signals.Length == 0 && !complaint.NeedsScreening)
        {
            return "";
        }

        return $"""
            <details class="classification"{(complaint.NeedsScreening ? " open" : "")}><summary>เหตุผลที่ระบบจัดหมวด / Why the system classified it{(complaint.NeedsScreening ? " " + ScreeningBadge : "")}</summary>
            <ul>{string.Concat(signals.Select(s => $"<li>{E(s)}</li>"))}</ul></details>
            """;
    }

    /// <summary>The inbox row's badge: some complaint of the case needs screening.</summary>
    public static string Badge(Case c) => c.Complaints.Any(x => x.NeedsScreening) ? ScreeningBadge : "";
}
