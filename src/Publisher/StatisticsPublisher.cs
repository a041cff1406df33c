using Hub.CaseStore.Persistence;
using Hub.Publisher.Site;
using Hub.Publisher.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Publisher;

/// <summary>One publication run: read case dates, compute the ITA counts, swap in the new site.</summary>
public sealed class StatisticsPublisher(HubDbContext db, TimeProvider clock, IOptions<PublisherOptions> options, ILogger<StatisticsPublisher> logger)
{
    public async Task<FiscalYearStatistics> PublishAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var year = CaseStore.Cases.FiscalYear.Of(now);
        var start = year.StartUtc;
        var cases = (await db.Cases.AsNoTracking()
                .Where(c => c.OpenedAtUtc >= start || c.ConcludedAtUtc == null || c.ConcludedAtUtc >= start)
                .Select(c => new { c.OpenedAtUtc, c.ConcludedAtUtc })
                .ToListAsync(cancellationToken))
            .Select(c => (c.OpenedAtUtc, c.ConcludedAtUtc))
            .ToList();
        var stats = StatisticsCalculator.Calculate(cases, now);
        var release = AtomicSiteWriter.Publish(options.Value.OutputDirectory, new Dictionary<string, string>
        {
            ["index.html"] = SiteRenderer.IndexHtml(stats),
            ["stats.json"] = SiteRenderer.StatsJson(stats),
            ["stats.csv"] = SiteRenderer.StatsCsv(stats),
        }, options.Value.KeepReleases);
        logger.LogInformation("Published statistics of fiscal year {FiscalYear}: {Received} received, {Concluded} concluded, {InProgress} in progress, to {Release}",
            stats.FiscalYear, stats.Received, stats.Concluded, stats.InProgress, release);
        return stats;
    }
}
