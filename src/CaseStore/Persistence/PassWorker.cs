using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.CaseStore.Persistence;

/// <summary>
/// A background worker that runs one pass over due rows, then waits for its signal or interval — unless the pass
/// says more work is due at once. A failed pass is logged by error type only (messages can quote stored values) and
/// the next pass retries; rows are never acknowledged away.
/// </summary>
public abstract class PassWorker(ILogger logger) : BackgroundService
{
    /// <summary>Names the worker in logs, e.g. "Outbox relay".</summary>
    protected abstract string PassName { get; }

    /// <summary>False when the worker is not configured here (e.g. no SMTP host): it then does nothing.</summary>
    protected virtual bool Enabled => true;

    /// <returns>True when more work is due right away, so the next pass starts without waiting.</returns>
    protected abstract Task<bool> RunPassAsync(CancellationToken cancellationToken);

    protected abstract Task WaitAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var moreDue = false;
            try
            {
                moreDue = await RunPassAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("{Pass} pass failed: {ErrorType}", PassName, ex.GetType().Name);
            }

            if (moreDue)
            {
                continue;
            }

            try
            {
                await WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
