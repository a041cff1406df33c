using Hub.Normalizer.Pii;

namespace Hub.Normalizer.Classification;

/// <summary>Who is accused: the role as the text names it and the officials named near an official's role.</summary>
public sealed record Accused(string? Role, IReadOnlyList<string> NamedOfficials);

public static class AccusedReader
{
    static readonly WeightedCues Roles = WeightedCues.Load("accused-roles.csv");

    // Words that, shortly before a name, mark it as an official's rather than the reporter's.
    static readonly string[] OfficialMarkers = ["เจ้าหน้าที่", "จนท", "หัวหน้า", "เทศกิจ", "พนักงาน", "ผอ.", "นายตรวจ", "วิศวกร", "ครู", "พยาบาล", "แพทย์", "ผู้ถูกร้อง", "เค้าชื่อ", "เขาชื่อ"];

    public static Accused Read(string text, IReadOnlyList<PiiSpan> pii)
    {
        var compact = WeightedCues.Compact(text);
        var role = Roles.All.FirstOrDefault(r => compact.Contains(r.Phrase, StringComparison.Ordinal))?.Target;
        var officials = pii
            .Where(s => s.Kind == PiiKind.PersonName)
            .Where(s => OfficialMarkers.Any(m => text.AsSpan(Math.Max(0, s.Start - 40), Math.Min(40, s.Start) + s.Length).Contains(m, StringComparison.Ordinal)))
            .Select(s => s.Text)
            .Distinct()
            .ToList();
        return new Accused(role, officials);
    }
}
