using System.Text.RegularExpressions;
using Hub.Contracts.Complaints;

namespace Hub.Normalizer.Classification;

/// <summary>The accused (or, for a service request, the handling) unit and the signals that decided it.</summary>
public sealed record UnitDecision(string UnitCode, IReadOnlyList<string> Signals);

/// <summary>
/// Resolves the BMA unit from a gazetteer: unit names, English names and aliases (bma-units.csv), institutions,
/// department nicknames and roles (unit-cues.csv), places — markets, landmarks, stations, piers, sub-districts —
/// mapped to their district (unit-gazetteer.csv), numbered sois of long roads (road-sois.csv) and the complaint's
/// location. Precedence follows how sure each signal is:
/// <list type="bullet">
/// <item>a department or institution named outright (a hospital, a park, "สำนักการระบายน้ำ") outweighs a place;</item>
/// <item>a fixed place named in the text outweighs the pin (<c>location.district</c>);</item>
/// <item>the pin outweighs a road-soi range and a road or bare district name that only says where roughly;</item>
/// <item>a bare district name used as a road or canal ("ลาดพร้าว 101", "คลองลาดพร้าว") is not the district.</item>
/// </list>
/// A place named after "หน้า"/"ตรงข้าม" is a landmark, not the accused, so it weighs less. "จนท. กทม." with nothing
/// more specific, or a reporter who will not say which district, stays UNKNOWN even when the ticket has a pin.
/// </summary>
public static partial class UnitResolver
{
    const double LocationWeight = 1.6;
    const double SpecificEvidence = 1.5;
    const double LandmarkFactor = 0.3;
    const double OutvotedSoiWeight = 1.0;
    const double RoadNameWeight = 1.2;

    static readonly WeightedCues Cues = MergedCues();
    static readonly WeightedCues Vague = WeightedCues.Load("unit-vague-cues.csv");
    static readonly IReadOnlyList<RoadSoiRule> SoiRules = RoadSoiRule.Load();
    static readonly string[] SoiRoads = SoiRules.SelectMany(r => r.Aliases.Prepend(r.Road)).Distinct().ToArray();
    static readonly HashSet<string> BareDistrictNames = BmaUnits.All.Where(u => u.IsDistrict).Select(u => WeightedCues.Compact(u.DistrictName)).ToHashSet(StringComparer.Ordinal);
    static readonly HashSet<string> UnitNames = BmaUnits.NameCues().Select(c => Normalize(c.Phrase)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    static readonly string[] RoadHeads = ["ถนน", "ถ.", "ซอย", "ซ.", "วัด", "สะพาน", "แยก", "เลียบ", "ทางด่วน"];
    static readonly string[] CanalHeads = ["คลอง"];

    public static UnitDecision Resolve(string canonicalText, ComplaintLocation? location)
    {
        var compact = Normalize(canonicalText);
        var pinned = BmaUnits.ByDistrictName(location?.District);
        var sois = RoadSoiRule.Mentions(compact, SoiRoads);
        var evidence = new List<(string Unit, double Weight, string Signal)>();
        foreach (var cue in Cues.FoundIn(compact))
        {
            // the road itself is read through its soi number, not as one place
            if (sois.Any(s => cue.Phrase.Equals(s.Road, StringComparison.OrdinalIgnoreCase) || cue.Phrase == "ถนน" + s.Road))
            {
                continue;
            }

            // "ถนนเลียบคลองภาษีเจริญ" is a road along the canal, not the canal
            if (cue.Phrase.StartsWith("คลอง", StringComparison.Ordinal) && !cue.Target.StartsWith('D') && OnlyAfter(compact, cue.Phrase, "เลียบ"))
            {
                continue;
            }

            // a unit named twice is the addressee; one named once in a "สำเนาเรียน" line is not (a place or a service counts once)
            var weight = UnitNames.Contains(cue.Phrase) ? cue.Weight * Math.Min(2, WeightedCues.Occurrences(compact, cue.Phrase)) : cue.Weight;
            var signal = cue.Phrase;
            if (BareDistrictNames.Contains(cue.Phrase))
            {
                (weight, signal) = BareNameWeight(compact, cue.Phrase, cue.Weight);
                if (weight <= 0)
                {
                    continue;
                }
            }

            // a district place stays evidence for its district; a department's institution after "หน้า" is only a landmark
            if (!cue.Target.StartsWith('D') && IsLandmark(compact, cue.Phrase))
            {
                (weight, signal) = (weight * LandmarkFactor, "landmark: " + cue.Phrase);
            }

            evidence.Add((cue.Target, weight, signal));
        }

        foreach (var rule in SoiRules)
        {
            foreach (var soi in sois.Where(s => (s.Road == rule.Road || rule.Aliases.Contains(s.Road)) && rule.Covers(s.Soi)))
            {
                // a soi range is an estimate; the pin says where the ticket is
                var outvoted = pinned is not null && pinned.Code != rule.Unit;
                evidence.Add((rule.Unit, outvoted ? OutvotedSoiWeight : RoadSoiRule.Weight, soi.Signal));
            }
        }

        var textOnly = evidence.Where(e => e.Weight >= SpecificEvidence).ToList();
        var vague = Vague.FoundIn(compact);
        if (textOnly.Count == 0 && vague.Count > 0)
        {
            return new UnitDecision(BmaUnits.Unknown, vague.Select(v => "unnamed unit: " + v.Phrase).ToList());
        }

        if (pinned is not null)
        {
            evidence.Add((pinned.Code, LocationWeight, "location: " + location!.District));
        }

        var best = evidence.GroupBy(e => e.Unit)
            .Select(g => (Unit: g.Key, Weight: g.Sum(e => e.Weight), Signals: g.Select(e => e.Signal).ToList()))
            .OrderByDescending(g => g.Weight)
            .FirstOrDefault();
        return best.Unit is null ? new UnitDecision(BmaUnits.Unknown, []) : new UnitDecision(best.Unit, best.Signals);
    }

    /// <summary>The compact text with "รพ." spelled out, so "รพ.ตากสิน" and "โรงพยาบาลตากสิน" are one cue, and
    /// "สวนสาธารณะเสรีไทย" also reads as the park's short name "สวนเสรีไทย".</summary>
    public static string Normalize(string text) =>
        WeightedCues.Compact(text).Replace("รพ.", "โรงพยาบาล", StringComparison.Ordinal).Replace("ร.พ.", "โรงพยาบาล", StringComparison.Ordinal)
            .Replace("สวนสาธารณะ", "สวนสาธารณะ|สวน", StringComparison.Ordinal);

    /// <summary>
    /// A bare district name counts per occurrence: not at all when it names a long road's soi ("ลาดพร้าว 101") or a
    /// canal ("คลองลาดพร้าว"), less when it names a road or temple ("ถนนลาดพร้าว", "ซอยบางบอน 5"), fully otherwise
    /// (at most twice).
    /// </summary>
    static (double Weight, string Signal) BareNameWeight(string compact, string name, double cueWeight)
    {
        double total = 0;
        var counted = 0;
        var asRoad = false;
        for (var at = compact.IndexOf(name, StringComparison.Ordinal); at >= 0 && counted < 2; at = compact.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            var soi = RoadSoiRule.ReadNumber(compact, after) is not null
                || (string.CompareOrdinal(compact, after, "ซอย", 0, 3) == 0 && RoadSoiRule.ReadNumber(compact, after + 3) is not null);
            // a long road's soi is read by its number; a canal crosses districts
            if ((soi && SoiRoads.Contains(name)) || CanalHeads.Any(h => EndsAt(compact, at, h)))
            {
                asRoad = true;
                continue;
            }

            // a short road named after its district ("ซอยบางบอน 5") is mostly in it
            if (soi || RoadHeads.Any(h => EndsAt(compact, at, h)))
            {
                asRoad = true;
                total += Math.Min(cueWeight, RoadNameWeight);
            }
            else
            {
                total += cueWeight;
            }

            counted++;
        }

        return (total, asRoad ? "road or canal: " + name : name);
    }

    static bool OnlyAfter(string compact, string phrase, string head)
    {
        for (var at = compact.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            if (!EndsAt(compact, at, head))
            {
                return false;
            }
        }

        return true;
    }

    static bool EndsAt(string text, int at, string head) =>
        at >= head.Length && string.CompareOrdinal(text, at - head.Length, head, 0, head.Length) == 0;

    // unit-cues.csv and unit-gazetteer.csv override a name from bma-units.csv: "เทศกิจ" on the street is the district's section, not CLE
    static WeightedCues MergedCues()
    {
        var overrides = WeightedCues.Load("unit-cues.csv").All.Concat(WeightedCues.Load("unit-gazetteer.csv").All)
            .Select(c => c with { Phrase = Normalize(c.Phrase) })
            .GroupBy(c => c.Phrase, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last())
            .ToList();
        var phrases = overrides.Select(o => o.Phrase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(BmaUnits.NameCues().Select(c => c with { Phrase = Normalize(c.Phrase) }).Where(n => !phrases.Contains(n.Phrase)).Concat(overrides).ToList());
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
