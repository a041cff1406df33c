using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.Publisher.Disclosure;
using Hub.Publisher.Site;
using Hub.Publisher.Statistics;
using Hub.Publisher.Targets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Publisher;

/// <summary>
/// One publication run: count the cases in the database, compute every fiscal year's statistics, protect the breakdowns against
/// what the live site already showed, render the site and push it to each target.
/// </summary>
public sealed class StatisticsPublisher(
    HubDbContext db, TimeProvider clock, IOptions<PublisherOptions> options, IEnumerable<IPublishTarget> targets, PushRunner runner,
    AuditCheckpoints audit, ILogger<StatisticsPublisher> logger)
{
    /// <summary>Publishes to every target; the hourly run passes <paramref name="snapshot"/> false and skips the catalogues.</summary>
    public async Task<FiscalYearStatistics> PublishAsync(CancellationToken cancellationToken, bool snapshot = true)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var tallies = await CaseTalliesReader.ReadAsync(db, now, cancellationToken);
        var current = FiscalYear.Of(now);
        var first = tallies.Months.Count == 0
            ? current.BuddhistYear
            : Math.Min(current.BuddhistYear, BangkokMonth.FiscalYearOf(tallies.Months.Min(t => t.Opened)).BuddhistYear);
        var years = new List<PublicRelease>();
        for (var year = first; year <= current.BuddhistYear; year++)
        {
            var stats = StatisticsCalculator.Calculate(tallies, now, new FiscalYear(year));
            years.Add(DisclosureControl.Apply(stats, settings.MinimumCellCount, ReleaseHistory.Previous(settings.OutputDirectory, year)));
        }

        // Each publication signs the audit chain's head and shows it publicly: the anchor `hub audit verify` holds the database to.
        var checkpoint = await audit.TakeAsync(cancellationToken);
        var release = new SiteRelease(SiteBuilder.Build(years, settings.ComplaintFormUrl, checkpoint), years);
        var failed = new List<string>();
        foreach (var target in targets.Where(t => snapshot || !t.SnapshotOnly))
        {
            var run = await runner.PushAsync(target, release, cancellationToken);
            if (run.Outcome != "succeeded")
            {
                failed.Add($"{run.Target} ({run.ErrorType})");
                if (target is DirectoryTarget)
                {
                    // The live folder is the record of what was revealed (ReleaseHistory); nothing goes out that it does not hold.
                    break;
                }
            }
        }

        var ita = release.Current.Ita;
        logger.LogInformation("Published statistics of fiscal year {FiscalYear}: {Received} received, {Concluded} concluded, {InProgress} in progress",
            ita.FiscalYear, ita.Received, ita.Concluded, ita.InProgress);
        if (failed.Count > 0)
        {
            throw new PublishFailedException(failed);
        }

        return ita;
    }
}

/// <summary>At least one target kept its previous release; each is named with its error type (see publish_runs).</summary>
public sealed class PublishFailedException(IReadOnlyList<string> targets)
    : Exception("Publishing failed for: " + string.Join(", ", targets) + ". The previous release stays live there; see publish_runs.")
{
    public IReadOnlyList<string> Targets { get; } = targets;
}
