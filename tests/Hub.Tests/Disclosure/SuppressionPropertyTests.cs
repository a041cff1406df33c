using Hub.CaseStore.Cases;
using Hub.Publisher.Disclosure;
using Hub.Publisher.Site;
using Hub.Publisher.Statistics;

namespace Hub.Tests.Disclosure;

public class SuppressionPropertyTests
{
    static readonly string[] Categories = ["BRIBERY", "PROCUREMENT", "EMBEZZLEMENT", "PERMIT", "MISCONDUCT"];
    static readonly string[] Units = ["D1001", "D1002", "D1004", "D1010", ""];
    static readonly string[] Channels = ["webform", "line", "email"];

    [Fact]
    public void No_suppressed_cell_can_be_worked_out_from_everything_two_consecutive_releases_publish()
    {
        var checkedHidden = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var random = new Random(seed);
            var k = random.Next(3, 6);
            var facts = RandomCases(random);
            var november = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(7));
            var december = new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.FromHours(7));

            var first = DisclosureControl.Apply(StatisticsCalculator.Calculate(facts, november), k, previous: null);
            var second = DisclosureControl.Apply(StatisticsCalculator.Calculate(facts, december), k, RoundTrip(first));

            foreach (var later in second.Breakdowns)
            {
                var earlier = first.Breakdowns.Single(b => b.Key == later.Key);
                var raw = StatisticsCalculator.Calculate(facts, december).Breakdowns.Single(b => b.Key == later.Key);
                AssertRules(raw, later, k, seed);
                Assert.True(Attacker.Recovered(null, earlier).Count == 0, $"seed {seed}, {earlier.Key}: recoverable within one release");
                var recovered = Attacker.Recovered(earlier, later);
                Assert.True(recovered.Count == 0, $"seed {seed}, {later.Key}: {string.Join(", ", recovered)} recoverable across releases");
                checkedHidden += later.Cells.Count(c => c.Suppressed);
            }

            // The ITA totals are never suppressed, and the breakdowns of cases share them.
            Assert.Equal(second.Ita.Received, second.Breakdowns.Single(b => b.Key == "category").Total);
            Assert.Equal(second.Ita.Received, second.Breakdowns.Single(b => b.Key == "unit").Total);
        }

        Assert.True(checkedHidden > 100, $"only {checkedHidden} hidden cells were exercised");
    }

    static void AssertRules(Breakdown raw, PublishedBreakdown published, int k, int seed)
    {
        Assert.Equal(raw.Total, published.Total);
        if (published.Withheld)
        {
            Assert.Empty(published.Cells);
            return;
        }

        foreach (var cell in raw.Cells)
        {
            var shown = published.CountOf(cell.Key);
            if (cell.Count == 0)
            {
                Assert.True(shown == 0, $"seed {seed}: zero in {cell.Key} must be shown");
            }
            else if (cell.Count < k)
            {
                Assert.True(shown is null, $"seed {seed}: {cell.Count} in {cell.Key} is below k={k} and must be hidden");
            }
            else
            {
                Assert.True(shown is null || shown == cell.Count, $"seed {seed}: {cell.Key} shown wrong");
            }
        }
    }

    /// <summary>The previous release as the publisher reads it back from the live site.</summary>
    static IReadOnlyList<PublishedBreakdown> RoundTrip(PublicRelease release)
    {
        var root = Directory.CreateTempSubdirectory("hub-release-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, $"fy{release.Ita.FiscalYear}")).FullName;
            File.WriteAllText(Path.Combine(folder, "stats.json"), OpenData.StatsJson(release));
            return ReleaseHistory.Previous(root, release.Ita.FiscalYear)!;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    static List<CaseFacts> RandomCases(Random random)
    {
        var start = new FiscalYear(2570).StartUtc;
        var count = random.Next(0, 36);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var opened = start.AddHours(random.Next(0, 24 * 91));
            var concluded = random.Next(3) == 0 ? opened.AddDays(random.Next(1, 40)) : (DateTime?)null;
            var channels = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Channels[random.Next(Channels.Length)]).ToList();
            // Skewed, so some cells are large, some small and some empty.
            return new CaseFacts(opened, concluded, Categories[Math.Min(random.Next(Categories.Length), random.Next(Categories.Length))],
                Units[Math.Min(random.Next(Units.Length), random.Next(Units.Length))], channels);
        }).ToList();
    }
}
