using System.Text.Json;
using Hub.Publisher.Site;

namespace Hub.Publisher.Disclosure;

/// <summary>
/// What the live site already revealed about a fiscal year's breakdowns, read back from its own stats.json: the
/// published output is the record of earlier releases (SDC-6), so it cannot drift from what the public saw.
/// </summary>
public static class ReleaseHistory
{
    public static IReadOnlyList<PublishedBreakdown>? Previous(string liveDirectory, int fiscalYear)
    {
        var path = Path.Combine(liveDirectory, $"fy{fiscalYear}", "stats.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.TryGetProperty("breakdowns", out var breakdowns)
            ? breakdowns.Deserialize<List<PublishedBreakdown>>(OpenData.Json)
            : null;
    }
}
