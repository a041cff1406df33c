using System.Text.RegularExpressions;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Pii;

/// <summary>
/// Thai licence plates: one or two consonants and up to four digits ("ตค 4417", "1กข 234"), or the truck layout
/// "70-4982", with the province when it follows; also plates read out in words ("ฮอ ขอ สองสองศูนย์แปด").
/// A plate needs a "ทะเบียน" shortly before it or a province after it, since "คน 14" looks the same.
/// </summary>
public static partial class LicencePlateDetector
{
    static readonly string Provinces = string.Join('|', EmbeddedText.Lines("provinces-th.txt").OrderByDescending(p => p.Length));
    static readonly Regex Plate = new(
        $@"(?<![\u0E01-\u0E4E0-9])(?:[0-9]?[ก-ฮ]{{1,2}}[ -]?[0-9]{{1,4}}|[0-9]{{2}}-[0-9]{{4}})(?![0-9])(?<province>\s?(?:{Provinces}))?",
        RegexOptions.Compiled);

    public static IEnumerable<PiiSpan> Find(string text)
    {
        foreach (Match m in Plate.Matches(text))
        {
            if (m.Groups["province"].Success || HasPlateCue(text, m.Index))
            {
                yield return new PiiSpan(PiiKind.LicencePlate, m.Index, m.Length, m.Value, m.Groups["province"].Success ? 0.9 : 0.75);
            }
        }

        foreach (Match m in SpelledPlate().Matches(text))
        {
            if (HasPlateCue(text, m.Index))
            {
                var value = m.Value.TrimEnd(' ');
                yield return new PiiSpan(PiiKind.LicencePlate, m.Index, value.Length, value, 0.7);
            }
        }
    }

    static bool HasPlateCue(string text, int start) =>
        text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).Contains("ทะเบียน", StringComparison.Ordinal);

    // Consonant names ("ฮอ", "ขอ") then digits in words.
    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])(?:[ก-ฮ]อ ?){1,2}(?:(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า) ?){1,4}")]
    private static partial Regex SpelledPlate();
}
