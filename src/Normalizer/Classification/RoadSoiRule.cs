using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Classification;

/// <summary>
/// Long roads cross several districts; their numbered sois say which one ("สุขุมวิท 49" is วัฒนา, "สุขุมวิท 22"
/// is คลองเตย). One rule per road stretch from road-sois.csv: road, odd/even/any, first and last soi, unit.
/// </summary>
public sealed record RoadSoiRule(string Road, string Parity, int From, int To, string Unit)
{
    const double Weight = 2.0;

    public static IReadOnlyList<RoadSoiRule> Load()
    {
        using var reader = EmbeddedText.Open("road-sois.csv");
        return CsvRows.Read(reader).Skip(1).Where(r => r.Length >= 5 && !r[0].StartsWith('#'))
            .Select(r => new RoadSoiRule(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), int.Parse(r[3], CultureInfo.InvariantCulture), r[4]))
            .ToList();
    }

    public IEnumerable<(string Unit, double Weight, string Signal)> Match(string canonicalText)
    {
        foreach (Match m in Regex.Matches(canonicalText, Regex.Escape(Road) + @"\s?(?:ซอย|ซ\.)?\s?(\d{1,3})(?![\d])"))
        {
            var soi = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var parityOk = Parity switch { "odd" => soi % 2 == 1, "even" => soi % 2 == 0, _ => true };
            if (parityOk && soi >= From && soi <= To)
            {
                yield return (Unit, Weight, $"soi: {m.Value}");
            }
        }
    }
}
