using System.Text;
using Hub.CaseStore.Audit;
using Hub.Publisher.Disclosure;

namespace Hub.Publisher.Site;

/// <summary>
/// The whole public site as files (relative path → bytes): the current year at the root (index.html, stats.json,
/// stats.csv, as the README promises), every year under its stable /fyYYYY/ address, the ITA manual and channel
/// pages, the data dictionary and the fonts; with <c>audit</c>, the signed audit checkpoint of this run
/// (audit-checkpoint.json, and the head on the front page), so anyone who kept a copy can later prove a truncation.
/// </summary>
public static class SiteBuilder
{
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<PublicRelease> years, string complaintFormUrl, AuditCheckpoint? audit = null)
    {
        var current = years.MaxBy(y => y.Ita.FiscalYear) ?? throw new ArgumentException("No fiscal year to publish.", nameof(years));
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Add(string path, string text) => files[path] = Encoding.UTF8.GetBytes(text);

        Add("index.html", YearPage.Render(current, "", audit));
        if (audit is not null)
        {
            Add("audit-checkpoint.json", audit.ToJson());
        }

        Add("stats.json", OpenData.StatsJson(current));
        Add("stats.csv", OpenData.StatsCsv(current));
        Add("archive.html", ArchivePage.Html(years.Select(y => y.Ita.FiscalYear)));
        Add("manual.html", ManualPage.Html());
        Add("channels.html", ChannelsPage.Html(complaintFormUrl));
        Add("data-dictionary.html", DataDictionary.Html(current.MinimumCellCount));
        Add("data-dictionary.json", DataDictionary.Json());
        foreach (var year in years)
        {
            var folder = $"fy{year.Ita.FiscalYear}/";
            Add(folder + "index.html", YearPage.Render(year, "../"));
            Add(folder + "stats.json", OpenData.StatsJson(year));
            Add(folder + "stats.csv", OpenData.StatsCsv(year));
            Add(folder + "quarters.csv", OpenData.QuartersCsv(year));
            foreach (var b in year.Breakdowns)
            {
                Add(folder + $"breakdown-{b.Key}.csv", OpenData.BreakdownCsv(year.Ita.FiscalYear, b));
            }
        }

        foreach (var (name, content) in SiteAssets.All())
        {
            files["assets/" + name] = content;
        }

        return files;
    }
}
