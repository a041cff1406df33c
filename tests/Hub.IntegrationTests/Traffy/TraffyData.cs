namespace Hub.IntegrationTests.Traffy;

/// <summary>
/// The real Traffy files in <c>shared/data/traffy</c>, which sits beside the repository (locally and in CI). They hold
/// citizens' personal data, so they are read in place rather than copied into the repository.
/// </summary>
public static class TraffyData
{
    public const string Dump = "traffy_dump_format_sample_2023-05-11_12.csv";
    public const string ApiFlat = "traffy_api_flat_sample_2023-05-17_18.csv";
    public const string ApiSearch = "traffy_api_share_search_page_2023-05-16.json";
    public const string GeoJson = "traffy_geojson_v1_edge_cases_2026-09-26.json";

    public static string PathOf(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "traffy", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/data/traffy/{file} must sit beside the repository (it is cloned there in CI).");
    }
}
