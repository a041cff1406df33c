using System.Globalization;
using Hub.Publisher.Site;

namespace Hub.Publisher.Targets.Ckan;

/// <summary>
/// The dataset and resource fields of the Thai government metadata standard (GD-Catalog, ckanext-thai_gdc;
/// regulation.md MD-1..12) for the statistics dataset.
/// </summary>
public static class CkanMetadata
{
    public static Dictionary<string, object?> Dataset(CkanOptions ckan, SiteRelease release, DateTimeOffset now)
    {
        var years = release.Years.Select(y => y.Ita.FiscalYear).ToList();
        var k = release.Current.MinimumCellCount;
        return new Dictionary<string, object?>
        {
            ["name"] = ckan.Dataset,
            ["title"] = "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ กรุงเทพมหานคร",
            ["owner_org"] = ckan.OwnerOrg,
            ["private"] = false,
            ["data_type"] = "ข้อมูลสถิติ",
            ["maintainer"] = ckan.Maintainer,
            ["maintainer_email"] = ckan.MaintainerEmail,
            ["tag_string"] = "ร้องเรียน,ทุจริต,ITA,กรุงเทพมหานคร",
            ["notes"] = string.Join("\n", Definitions.Counts.Select(d => $"{d.Th}: {d.DefinitionTh}"))
                + "\n" + Definitions.SuppressionTh(k) + "\n\n" + string.Join("\n", Definitions.Counts.Select(d => d.En)) + "\n" + Definitions.SuppressionEn(k),
            ["objective"] = new[] { "พันธกิจหน่วยงาน", "ดัชนี/ตัวชี้วัดระดับนานาชาติ" },
            ["update_frequency_unit"] = "เดือน",
            ["update_frequency_interval"] = "1",
            ["geo_coverage"] = "จังหวัด",
            ["data_source"] = "ศูนย์ปฏิบัติการต่อต้านการทุจริต กรุงเทพมหานคร",
            ["data_format"] = new[] { "CSV", "JSON" },
            ["data_category"] = "ข้อมูลสาธารณะ",
            ["license_id"] = ckan.LicenseId,
            ["accessible_condition"] = "เปิดเผยต่อสาธารณะ",
            ["allow_harvest"] = "True",
            ["data_language"] = new[] { "ไทย" },
            ["last_updated_date"] = Date(now),
            ["first_year_of_data"] = years.Min().ToString(CultureInfo.InvariantCulture),
            ["last_year_of_data"] = years.Max().ToString(CultureInfo.InvariantCulture),
            ["data_release_calendar"] = "รายเดือน",
            ["disaggregate"] = new[] { "อื่นๆ" },
            ["unit_of_measure"] = "เรื่อง",
            ["unit_of_multiplier"] = "หน่วย",
            ["calculation_method"] = "นับเรื่อง (เหตุการณ์) ตามวันที่ตามเวลาประเทศไทย ปกปิดค่าที่น้อยกว่า " + k.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>One CSV and one JSON resource per fiscal year (OD-6) and the data dictionary.</summary>
    public static IEnumerable<CkanResource> Resources(SiteRelease release, DateTimeOffset now)
    {
        foreach (var year in release.Years.OrderBy(y => y.Ita.FiscalYear))
        {
            var fy = year.Ita.FiscalYear;
            foreach (var (file, format) in new[] { ("stats.csv", "CSV"), ("stats.json", "JSON") })
            {
                yield return new CkanResource($"FY{fy}.{format.ToLowerInvariant()}", format, release.Files[$"fy{fy}/{file}"], new Dictionary<string, string>
                {
                    ["description"] = $"สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ {fy} รายเดือน รายไตรมาส และจำแนก / FY {fy} statistics",
                    ["format"] = format,
                    ["resource_first_year_of_data"] = fy.ToString(CultureInfo.InvariantCulture),
                    ["resource_last_year_of_data"] = fy.ToString(CultureInfo.InvariantCulture),
                    ["resource_unit_of_measure"] = "เรื่อง",
                    ["resource_accessible_condition"] = "เปิดเผยต่อสาธารณะ",
                    ["resource_last_updated_date"] = Date(now),
                    ["last_modified"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                });
            }
        }

        yield return new CkanResource("data-dictionary.json", "JSON", release.Files["data-dictionary.json"], new Dictionary<string, string>
        {
            ["description"] = "คำอธิบายคอลัมน์ / Data dictionary",
            ["format"] = "JSON",
            ["resource_last_updated_date"] = Date(now),
        });
    }

    static string Date(DateTimeOffset now) => now.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record CkanResource(string Name, string Format, byte[] Content, IReadOnlyDictionary<string, string> Fields);
