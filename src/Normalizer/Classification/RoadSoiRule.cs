using System.Globalization;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Classification;

/// <summary>A numbered soi of a road found in a text: the road as written in road-sois.csv and the soi number.</summary>
public readonly record struct SoiMention(string Road, int Soi, string Signal);

/// <summary>
/// Long roads cross several districts; their numbered sois say which one ("สุขุมวิท 49" is วัฒนา, "สุขุมวิท 22"
/// is คลองเตย). One rule per road stretch from road-sois.csv: road, odd/even/any, first and last soi, unit, and
/// other spellings of the road ("ราม" for รามคำแหง, "Sukhumvit"). A soi is read in digits or in Thai number words,
/// as hotline transcripts write it ("ลาดพร้าวร้อยยี่สิบสอง"), and in English also before the road ("Soi 11 Sukhumvit").
/// </summary>
public sealed record RoadSoiRule(string Road, string Parity, int From, int To, string Unit, IReadOnlyList<string> Aliases)
{
    public const double Weight = 2.0;

    static readonly string[] NumberWords = ["หนึ่ง", "เอ็ด", "สอง", "ยี่", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ร้อย"];
    static readonly int[] NumberValues = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100];

    public static IReadOnlyList<RoadSoiRule> Load()
    {
        using var reader = EmbeddedText.Open("road-sois.csv");
        return CsvRows.Read(reader).Skip(1).Where(r => r.Length >= 5 && !r[0].StartsWith('#'))
            .Select(r => new RoadSoiRule(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), int.Parse(r[3], CultureInfo.InvariantCulture), r[4],
                r.Length > 5 ? r[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []))
            .ToList();
    }

    public bool Covers(int soi) =>
        soi >= From && soi <= To && Parity switch { "odd" => soi % 2 == 1, "even" => soi % 2 == 0, _ => true };

    /// <summary>This rule's hits in a text (canonical or compact).</summary>
    public IEnumerable<(string Unit, double Weight, string Signal)> Match(string text) =>
        Mentions(WeightedCues.Compact(text), [Road, .. Aliases]).Where(m => Covers(m.Soi)).Select(m => (Unit, Weight, m.Signal));

    /// <summary>Every numbered soi of the given road spellings in a compact text.</summary>
    public static List<SoiMention> Mentions(string compactText, IEnumerable<string> roads)
    {
        var lower = compactText.ToLowerInvariant();
        var found = new List<SoiMention>();
        foreach (var road in roads)
        {
            var name = road.ToLowerInvariant();
            for (var at = lower.IndexOf(name, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                // "ราม 150" is รามคำแหง, "พระราม 2" is another road
                if (name.StartsWith("ราม", StringComparison.Ordinal) && at >= 3 && string.CompareOrdinal(lower, at - 3, "พระ", 0, 3) == 0)
                {
                    continue;
                }

                var after = at + name.Length;
                foreach (var prefix in (string[])["ซอย", "ซ.", "soi", ""])
                {
                    if (string.CompareOrdinal(lower, after, prefix, 0, prefix.Length) == 0 && ReadNumber(lower, after + prefix.Length) is { } soi)
                    {
                        found.Add(new SoiMention(road, soi, $"soi: {road} {soi}"));
                        break;
                    }
                }

                // "Soi 11 Sukhumvit"
                var digitsStart = at;
                while (digitsStart > 0 && char.IsAsciiDigit(lower[digitsStart - 1]))
                {
                    digitsStart--;
                }

                if (digitsStart < at && digitsStart >= 3 && string.CompareOrdinal(lower, digitsStart - 3, "soi", 0, 3) == 0)
                {
                    found.Add(new SoiMention(road, int.Parse(lower.AsSpan(digitsStart, at - digitsStart), CultureInfo.InvariantCulture), $"soi: {road} {lower[digitsStart..at]}"));
                }
            }
        }

        return found;
    }

    /// <summary>A soi number at <paramref name="at"/>: 1–3 digits not followed by another digit, or Thai number words up to 999.</summary>
    public static int? ReadNumber(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 4 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end > at)
        {
            return end - at <= 3 ? int.Parse(text.AsSpan(at, end - at), CultureInfo.InvariantCulture) : null;
        }

        int total = 0, pending = 0, words = 0, i = at;
        while (i < text.Length)
        {
            var w = Array.FindIndex(NumberWords, n => string.CompareOrdinal(text, i, n, 0, n.Length) == 0);
            if (w < 0)
            {
                break;
            }

            var value = NumberValues[w];
            if (value >= 10)
            {
                total += (pending == 0 ? 1 : pending) * value;
                pending = 0;
            }
            else
            {
                if (pending != 0)
                {
                    break; // two digit words in a row: a phone number read out, not a soi
                }

                pending = value;
            }

            i += NumberWords[w].Length;
            words++;
        }

        total += pending;
        if (string.CompareOrdinal(text, i, "แยก", 0, 3) == 0)
        {
            return null; // "สี่แยก" is a crossroads, not soi 4
        }

        return words > 0 && total is > 0 and < 1000 ? total : null;
    }
}
