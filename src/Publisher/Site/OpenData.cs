using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Publisher.Disclosure;

namespace Hub.Publisher.Site;

/// <summary>The machine-readable copy of every table (ITA-8), UTF-8 CSV with a header and JSON, from the protected release only.</summary>
public static class OpenData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string StatsJson(PublicRelease release)
    {
        var s = release.Ita;
        return JsonSerializer.Serialize(new
        {
            fiscal_year = s.FiscalYear,
            generated_at = s.GeneratedAt,
            complete = s.Complete,
            definitions = Definitions.Counts.ToDictionary(d => d.Key, d => d.En),
            minimum_cell_count = release.MinimumCellCount,
            carried_over = s.CarriedOver,
            totals = new { received = s.Received, concluded = s.Concluded, in_progress = s.InProgress },
            months = s.Months.Select(m => new
            {
                month = $"{m.Year:D4}-{m.Month:D2}",
                label_th = m.LabelTh,
                received = m.Received,
                concluded = m.Concluded,
                in_progress = m.InProgress,
                no_complaints = m.NoComplaints,
            }),
            quarters = s.Quarters.Select(q => new
            {
                quarter = q.Quarter,
                label_th = q.LabelTh,
                received = q.Received,
                concluded = q.Concluded,
                in_progress = q.InProgress,
                complete = q.Complete,
                no_complaints = q.NoComplaints,
            }),
            median_days_to_conclusion = release.MedianDaysToConclusion,
            breakdowns = release.Breakdowns,
        }, Json);
    }

    public static string StatsCsv(PublicRelease release)
    {
        var s = release.Ita;
        var csv = new StringBuilder("fiscal_year,month,label_th,received,concluded,in_progress,note\n");
        foreach (var m in s.Months)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.FiscalYear},{m.Year:D4}-{m.Month:D2},{m.LabelTh},{m.Received},{m.Concluded},{m.InProgress},{(m.NoComplaints ? Definitions.NoneTh : "")}\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{s.FiscalYear},total,ตั้งแต่ต้นปีงบประมาณ,{s.Received},{s.Concluded},{s.InProgress},\n");
        return csv.ToString();
    }

    public static string QuartersCsv(PublicRelease release)
    {
        var csv = new StringBuilder("fiscal_year,quarter,label_th,received,concluded,in_progress,complete,note\n");
        foreach (var q in release.Ita.Quarters)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{release.Ita.FiscalYear},{q.Quarter},{q.LabelTh},{q.Received},{q.Concluded},{q.InProgress},{(q.Complete ? "true" : "false")},{(q.NoComplaints ? Definitions.NoneTh : "")}\n");
        }

        return csv.ToString();
    }

    /// <summary>An empty count is a suppressed cell; a withheld breakdown has only its total row.</summary>
    public static string BreakdownCsv(int fiscalYear, PublishedBreakdown b)
    {
        var csv = new StringBuilder("fiscal_year,dimension,code,label_th,label_en,count,suppressed\n");
        foreach (var c in b.Cells)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{fiscalYear},{b.Key},{c.Key},{Field(c.LabelTh)},{Field(c.LabelEn)},{c.Count},{(c.Suppressed ? "true" : "false")}\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{fiscalYear},{b.Key},TOTAL,รวม,Total,{b.Total},false\n");
        return csv.ToString();
    }

    static string Field(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
