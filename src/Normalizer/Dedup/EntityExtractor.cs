using System.Text.RegularExpressions;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Pii;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Dedup;

/// <summary>
/// The entities that pin down an incident: numbered sois and roads ("ซอยสุขุมวิท 22" = "สุขุมวิท22"), named places
/// (markets, temples, parks, hospitals and the gazetteer's landmarks), people's given names, and identifiers
/// (plates, accounts, LINE ids, phone and ID numbers), each in one canonical spelling so retellings agree.
/// </summary>
public static partial class EntityExtractor
{
    static readonly IReadOnlyList<WeightedCue> GazetteerPlaces = WeightedCues.Load("unit-cues.csv").All.Where(c => c.Weight >= 2).ToList();
    static readonly string[] LongRoads = RoadSoiRule.Load().Select(r => r.Road).Distinct().ToArray();
    static readonly string[] PlaceHeads = ["ตลาด", "วัด", "สวน", "โรงพยาบาล", "รพ.", "สถานี", "โรงเรียน", "หมู่บ้าน", "คลอง"];
    static readonly string[] NamePrefixes = EmbeddedText.Lines("name-titles-th.txt").Concat(EmbeddedText.Lines("name-prefixes-th.txt")).OrderByDescending(p => p.Length).ToArray();

    public static IReadOnlyList<string> Places(string canonicalText)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NumberedStreet().Matches(canonicalText))
        {
            places.Add(m.Groups["name"].Value + m.Groups["number"].Value);
        }

        foreach (var road in LongRoads)
        {
            foreach (Match m in Regex.Matches(canonicalText, Regex.Escape(road) + @"\s?(\d{1,3})(?![\d])"))
            {
                places.Add(road + m.Groups[1].Value); // "แถวสุขุมวิท 49" without ซอย is still soi 49
            }
        }

        // "รพ.ตากสิน" and "โรงพยาบาลตากสิน" are one place
        var compact = WeightedCues.Compact(canonicalText).Replace("รพ.", "โรงพยาบาล", StringComparison.Ordinal);
        foreach (var cue in GazetteerPlaces.Where(c => compact.Contains(c.Phrase, StringComparison.Ordinal)))
        {
            places.Add(cue.Phrase);
        }

        var words = ThaiWordBreaker.Words(canonicalText);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (PlaceHeads.Contains(words[i]) && !ThaiStopWords.Contains(words[i + 1]) && words[i + 1].Length >= 2)
            {
                places.Add(words[i] + words[i + 1]);
            }
        }

        return [.. places];
    }

    /// <summary>Given names without titles or prefixes: "นางวรรณา ศักดิ์เจริญ", "วรรณา" and "นางวรรณาฯ" all give "วรรณา".</summary>
    public static IReadOnlyList<string> People(IReadOnlyList<PiiSpan> pii) =>
        pii.Where(s => s.Kind == PiiKind.PersonName)
            .Select(s => GivenName(s.Text))
            .Where(n => n.Length >= 2)
            .Distinct()
            .ToList();

    public static IReadOnlyList<string> Identifiers(IReadOnlyList<PiiSpan> pii) =>
        pii.Where(s => s.Kind is not PiiKind.PersonName)
            .Select(s => s.Kind switch
            {
                PiiKind.LicencePlate => PlateKey(s.Text),
                PiiKind.LineId or PiiKind.Email => s.Text.ToLowerInvariant(),
                _ => DigitText.DigitsOf(s.Text) is { Length: > 0 } digits ? digits : ThaiNumberWords.DigitsOf(s.Text) ?? s.Text,
            })
            .Distinct()
            .ToList();

    static string GivenName(string name)
    {
        var prefix = NamePrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        var rest = (prefix is null ? name : name[prefix.Length..]).TrimStart(' ');
        return rest.Split(' ')[0].TrimEnd('ฯ');
    }

    // "ตค 4417", "ตค-4417" and "ตค 4417 กรุงเทพมหานคร" are one plate.
    static string PlateKey(string plate) => PlateCore().Match(plate) is { Success: true } m ? m.Value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) : plate;

    [GeneratedRegex(@"(?:ซอย|ซ\.|ถนน|ถ\.)\s?(?<name>[\u0E01-\u0E4E]{2,20}?)\s?(?<number>\d{1,3})(?![\d])")]
    private static partial Regex NumberedStreet();

    [GeneratedRegex(@"[0-9]?[ก-ฮ]{0,2}[ -]?[0-9]{1,4}(?:-[0-9]{4})?")]
    private static partial Regex PlateCore();
}
