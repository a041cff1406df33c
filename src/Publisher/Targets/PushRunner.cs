using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.PublishRuns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Publisher.Targets;

/// <summary>Pushes one release to one target with retries and exponential backoff, recording the run in publish_runs.</summary>
public sealed class PushRunner(HubDbContext db, TimeProvider clock, IOptions<PublisherOptions> options, ILogger<PushRunner> logger)
{
    public async Task<PublishRun> PushAsync(IPublishTarget target, SiteRelease release, CancellationToken cancellationToken)
    {
        var run = new PublishRun
        {
            Id = Guid.NewGuid(),
            StartedAtUtc = clock.GetUtcNow().UtcDateTime,
            Target = target.Name,
            FiscalYear = release.Current.Ita.FiscalYear,
            Outcome = "running",
        };
        db.PublishRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var delay = options.Value.PushRetryDelay;
        for (run.Attempts = 1; ; run.Attempts++)
        {
            try
            {
                await target.PushAsync(release, cancellationToken);
                run.Outcome = "succeeded";
                run.ErrorType = null;
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                run.ErrorType = e is Ckan.CkanException ckan ? $"{e.GetType().Name}: {ckan.Action} {ckan.ErrorType}" : e.GetType().FullName;
                logger.LogWarning("Publishing to {Target} failed on attempt {Attempt} of {Attempts}: {ErrorType}",
                    target.Name, run.Attempts, options.Value.PushAttempts, run.ErrorType);
                if (run.Attempts >= options.Value.PushAttempts)
                {
                    run.Outcome = "failed";
                    break;
                }

                await Task.Delay(delay, clock, cancellationToken);
                delay *= 2;
            }
        }

        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Publish run {RunId} to {Target}: {Outcome} after {Attempts} attempt(s)", run.Id, run.Target, run.Outcome, run.Attempts);
        return run;
    }
}
