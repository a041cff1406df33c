using System.Text.RegularExpressions;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Pii;

/// <summary>
/// Thai licence plates: one or two consonants and up to four digits ("ตค 4417", "1กข 234", "11-ตอ 1928"), or the truck
/// layout "70-4982", in ASCII or Thai digits ("ขม ๓๓๑๒", "๘๑-๔๔๗๒"); also plates read out in words ("ฮอ ขอ สองสองศูนย์แปด",
/// "ผถ หนึ่งหนึ่งเจ็ดแปด", "สิบเอ็ด ตอ หนึ่งเก้าสองแปด"). A plate needs a "ทะเบียน" or a vehicle shortly before it or a
/// province after it, since "คน 14" looks the same. The province is not part of the plate.
/// </summary>
public static partial class LicencePlateDetector
{
    const string D = "[0-9\u0E50-\u0E59]";
    static readonly string Provinces = string.Join('|', EmbeddedText.Lines("provinces-th.txt").Append("กทม.").Append("กทม").OrderByDescending(p => p.Length));
    static readonly Regex Plate = new(
        $@"(?<![\u0E01-\u0E4E0-9\u0E50-\u0E59])(?:(?:{D}{{1,2}}-?)?[ก-ฮ]{{1,2}}[ -]?{D}{{1,4}}|{D}{{2}}-{D}{{4}})(?!{D})(?<province>\s?(?:{Provinces}))?",
        RegexOptions.Compiled);

    static readonly string[] VehicleCues = ["ทะเบียน", "รถ", "กระบะ", "มอเตอร์ไซค์", "มอไซค์", "จยย", "plate"];

    public static IEnumerable<PiiSpan> Find(string text)
    {
        foreach (Match m in Plate.Matches(text))
        {
            var province = m.Groups["province"];
            if (province.Success || HasPlateCue(text, m.Index, 40))
            {
                var length = province.Success ? province.Index - m.Index : m.Length;
                yield return new PiiSpan(PiiKind.LicencePlate, m.Index, length, text.Substring(m.Index, length), province.Success ? 0.9 : 0.75);
            }
        }

        foreach (Match m in SpelledPlate().Matches(text))
        {
            if (HasPlateCue(text, m.Index, 80))
            {
                var value = m.Value.TrimEnd(' ', '-');
                yield return new PiiSpan(PiiKind.LicencePlate, m.Index, value.Length, value, 0.7);
            }
        }

        // a truck plate read out as two and four digits: "แปดหนึ่ง สามสามสองสอง"
        foreach (Match m in SpelledTruckPlate().Matches(text))
        {
            if (HasPlateCue(text, m.Index, 80))
            {
                yield return new PiiSpan(PiiKind.LicencePlate, m.Index, m.Length, m.Value, 0.6);
            }
        }
    }

    static bool HasPlateCue(string text, int start, int window)
    {
        var before = text.AsSpan(Math.Max(0, start - window), Math.Min(window, start));
        foreach (var cue in VehicleCues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // An optional leading number ("สิบเอ็ด", "๑"), the letters as consonants or their names ("ฮอ ขอ", "ผถ", "ฮ-ศ"),
    // then one to four digits in words, spaced or not.
    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])(?:(?:สิบเอ็ด|สิบสอง|สิบ|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|[0-9]{1,2})[ -])?(?:(?:[ก-ฮ]อ ?){1,2}|[ก-ฮ]-?[ก-ฮ]|[ก-ฮ])[ -](?:(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า) ?){2,4}(?!ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|[\u0E01-\u0E4E])")]
    private static partial Regex SpelledPlate();

    [GeneratedRegex(@"(?<![\u0E01-\u0E4E])(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า){2} (?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า){4}(?=$|[^\u0E01-\u0E4E]|ครับ|ค่ะ|คะ|นะ|จ้ะ|กับ)")]
    private static partial Regex SpelledTruckPlate();
}
