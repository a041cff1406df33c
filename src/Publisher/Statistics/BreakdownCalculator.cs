using Hub.Normalizer.Classification;

namespace Hub.Publisher.Statistics;

/// <summary>
/// Breakdowns of the cases received in the fiscal year to date. Every known category, unit and channel is a cell,
/// so an empty one reads as an explicit zero (ITA-5) and the set of cells never depends on the data.
/// </summary>
public static class BreakdownCalculator
{
    public const string Unspecified = "UNSPECIFIED";

    static readonly (string Code, string Th, string En)[] KnownChannels =
    [
        ("webform", "แบบฟอร์มบนเว็บไซต์", "Web form"),
        ("email", "อีเมล", "Email"),
        ("line", "LINE", "LINE"),
        ("telegram", "Telegram", "Telegram"),
        ("hotline", "สายด่วน", "Hotline"),
        ("traffy", "Traffy Fondue", "Traffy Fondue"),
        ("letter", "หนังสือ", "Letter"),
    ];

    public static IReadOnlyList<Breakdown> Of(IReadOnlyCollection<ReceivedTally> received, IReadOnlyCollection<ChannelTally> channels) =>
    [
        ByCategory(received),
        ByUnit(received),
        ByChannel(channels),
    ];

    static Breakdown ByCategory(IReadOnlyCollection<ReceivedTally> cases)
    {
        var known = Taxonomy.Categories.Select(c => (c.Code, c.NameTh, c.NameEn));
        return new Breakdown("category", "ประเภทพฤติกรรม", "Type of conduct", "เรื่อง", "cases",
            Cells(known, cases.Select(c => (string.IsNullOrEmpty(c.Category) ? Unspecified : c.Category, c.Cases))));
    }

    static Breakdown ByUnit(IReadOnlyCollection<ReceivedTally> cases)
    {
        var known = BmaUnits.All.Select(u => (u.Code, u.NameTh, u.NameEn));
        return new Breakdown("unit", "หน่วยงาน (สำนักงานเขต / สำนัก)", "Unit (district office / department)", "เรื่อง", "cases",
            Cells(known, cases.Select(c => (string.IsNullOrEmpty(c.UnitCode) || c.UnitCode == BmaUnits.Unknown ? Unspecified : c.UnitCode, c.Cases))));
    }

    /// <summary>Counts reports, not cases: one case reported through two channels counts once in each.</summary>
    static Breakdown ByChannel(IReadOnlyCollection<ChannelTally> reports) =>
        new("channel", "ช่องทางที่แจ้ง", "Reporting channel", "ครั้งที่แจ้ง", "reports",
            Cells(KnownChannels, reports.Select(r => (r.Channel, r.Reports))));

    static List<BreakdownCell> Cells(IEnumerable<(string Code, string Th, string En)> known, IEnumerable<(string Value, int Count)> tallies)
    {
        var counts = tallies.GroupBy(t => t.Value, t => t.Count, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(), StringComparer.Ordinal);
        var cells = known.Select(k => new BreakdownCell(k.Code, k.Th, k.En, counts.GetValueOrDefault(k.Code))).ToList();
        // Codes outside the reference lists are still counted, so the cells always add up to the total.
        var listed = cells.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var other = counts.Where(c => !listed.Contains(c.Key)).Sum(c => c.Value);
        cells.Add(new BreakdownCell(Unspecified, "ไม่ระบุ / อื่น ๆ", "Unspecified / other", other));
        return cells;
    }
}
