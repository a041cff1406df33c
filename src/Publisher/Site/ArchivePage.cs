using static Hub.Publisher.Site.Layout;

namespace Hub.Publisher.Site;

/// <summary>Every fiscal year with its stable address, newest first (ITA-8).</summary>
public static class ArchivePage
{
    public static string Html(IEnumerable<int> fiscalYears) => Page("", "สถิติปีงบประมาณที่ผ่านมา", "Past fiscal years", "<ul>\n"
        + string.Concat(fiscalYears.OrderDescending().Select(y => $"<li><a href=\"fy{y}/index.html\">ปีงบประมาณ พ.ศ. {y} / Fiscal year B.E. {y}</a></li>\n"))
        + "</ul>");
}
