using System.Text.RegularExpressions;
using Hub.Contracts.Complaints;

namespace Hub.Normalizer.Classification;

/// <summary>The accused (or, for a service request, the handling) unit and the signals that decided it.</summary>
public sealed record UnitDecision(string UnitCode, IReadOnlyList<string> Signals);

/// <summary>
/// Resolves the BMA unit from unit names and aliases (bma-units.csv), institutions, well-known places and roles
/// mapped to their unit (unit-cues.csv), numbered sois of long roads (road-sois.csv) and the complaint's location.
/// A place named after "หน้า"/"ตรงข้าม" is a landmark, not the accused, so it weighs less. "จนท. กทม." with nothing
/// more specific, or a reporter who will not say which district, stays UNKNOWN even when the ticket has a pin.
/// </summary>
public static partial class UnitResolver
{
    const double LocationWeight = 1.0;
    const double SpecificEvidence = 1.5;
    const double LandmarkFactor = 0.3;

    static readonly WeightedCues Cues = MergedCues();
    static readonly WeightedCues Vague = WeightedCues.Load("unit-vague-cues.csv");
    static readonly IReadOnlyList<RoadSoiRule> SoiRules = RoadSoiRule.Load();

    public static UnitDecision Resolve(string canonicalText, ComplaintLocation? location)
    {
        var compact = WeightedCues.Compact(canonicalText);
        var evidence = new List<(string Unit, double Weight, string Signal)>();
        foreach (var cue in Cues.FoundIn(compact))
        {
            // a district place stays evidence for its district; a department's institution after "หน้า" is only a landmark
            var landmark = !cue.Target.StartsWith('D') && IsLandmark(compact, cue.Phrase);
            // a unit named twice is the addressee; one named once in a "สำเนาเรียน" line is not
            var weight = cue.Weight * Math.Min(2, WeightedCues.Occurrences(compact, cue.Phrase));
            evidence.Add((cue.Target, landmark ? weight * LandmarkFactor : weight, landmark ? $"landmark: {cue.Phrase}" : cue.Phrase));
        }

        evidence.AddRange(SoiRules.SelectMany(r => r.Match(canonicalText)));
        var textOnly = evidence.Where(e => e.Weight >= SpecificEvidence).ToList();
        var vague = Vague.FoundIn(compact);
        if (textOnly.Count == 0 && vague.Count > 0)
        {
            return new UnitDecision(BmaUnits.Unknown, vague.Select(v => "unnamed unit: " + v.Phrase).ToList());
        }

        if (BmaUnits.ByDistrictName(location?.District) is { } pinned)
        {
            evidence.Add((pinned.Code, LocationWeight, "location: " + location!.District));
        }

        var best = evidence.GroupBy(e => e.Unit)
            .Select(g => (Unit: g.Key, Weight: g.Sum(e => e.Weight), Signals: g.Select(e => e.Signal).ToList()))
            .OrderByDescending(g => g.Weight)
            .FirstOrDefault();
        return best.Unit is null ? new UnitDecision(BmaUnits.Unknown, []) : new UnitDecision(best.Unit, best.Signals);
    }

    // unit-cues.csv overrides a name from bma-units.csv: "เทศกิจ" on the street is the district's section, not CLE
    static WeightedCues MergedCues()
    {
        var overrides = WeightedCues.Load("unit-cues.csv").All;
        return new(BmaUnits.NameCues().Where(n => !overrides.Any(o => o.Phrase == n.Phrase)).Concat(overrides).ToList());
    }

    static bool IsLandmark(string compact, string phrase)
    {
        var at = compact.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        var before = compact.AsSpan(Math.Max(0, at - 8), Math.Min(8, at)).ToString();
        return LandmarkPreposition().IsMatch(before);
    }

    [GeneratedRegex("(?:หน้า|ตรงข้าม|ข้าง|แถว|ใกล้)$")]
    private static partial Regex LandmarkPreposition();
}
