using Hub.Normalizer.Text;

namespace Hub.Normalizer.Classification;

/// <summary>A BMA unit of <c>bma-units.csv</c>: district office, department or enterprise.</summary>
public sealed record BmaUnit(string Code, string Kind, string NameTh, string NameEn, IReadOnlyList<string> Aliases)
{
    public bool IsDistrict => Kind == "district";

    /// <summary>The bare district name ("ห้วยขวาง") for a district office.</summary>
    public string DistrictName => NameTh.Replace("สำนักงานเขต", "", StringComparison.Ordinal);
}

public static class BmaUnits
{
    public const string Unknown = "UNKNOWN";

    public static IReadOnlyList<BmaUnit> All { get; } = Load();

    public static BmaUnit? ByDistrictName(string? district) =>
        string.IsNullOrWhiteSpace(district) ? null : All.FirstOrDefault(u => u.IsDistrict && u.DistrictName == WeightedCues.Compact(district.Trim()).Replace("เขต", "", StringComparison.Ordinal));

    /// <summary>How each unit is named in text, with how surely the name means that unit.</summary>
    public static IEnumerable<WeightedCue> NameCues()
    {
        foreach (var unit in All)
        {
            // a department named outright outweighs the places in the text; a district office's name is one more place
            var named = unit.IsDistrict ? 3.5 : 4.5;
            yield return new WeightedCue(unit.Code, named, WeightedCues.Compact(unit.NameTh));
            yield return new WeightedCue(unit.Code, named, WeightedCues.Compact(unit.NameEn));
            if (unit.IsDistrict)
            {
                // "Sathon District", "the district office of Bang Rak": English names, matched case-insensitively
                var english = unit.NameEn.Replace(" District Office", "", StringComparison.Ordinal);
                yield return new WeightedCue(unit.Code, 3, WeightedCues.Compact(english) + "District");
                yield return new WeightedCue(unit.Code, 1.5, WeightedCues.Compact(english));
            }

            foreach (var alias in unit.Aliases.Where(a => a.Any(c => c > '\u0E00')))
            {
                // a bare district name is also a road or a market ("ลาดพร้าว", "บางกะปิ"); "เขตลาดพร้าว" is not
                var bare = unit.IsDistrict && alias == unit.DistrictName;
                yield return new WeightedCue(unit.Code, bare ? 1.5 : 3, WeightedCues.Compact(alias));
            }
        }
    }

    static List<BmaUnit> Load()
    {
        using var reader = EmbeddedText.Open("bma-units.csv");
        return CsvRows.Read(reader).Skip(1).Where(r => r.Length >= 5)
            .Select(r => new BmaUnit(r[0], r[1], r[2], r[3], r[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
    }
}
