using Hub.CaseStore.Persistence;
using Hub.Ingestion.Channels.Adapters;
using Hub.Ingestion.Traffy.Exchange;
using Hub.Ingestion.Traffy.PublicFeed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>
/// Runs the configured Traffy feed every <see cref="TraffyOptions.PollInterval"/>, a reconciliation pass every
/// <see cref="TraffyOptions.ReconciliationInterval"/> (the first pass is one), and after a failed pass waits
/// exponentially longer, up to <see cref="TraffyOptions.MaxBackoff"/>. The cursor moves only after a whole pass, so a
/// failed pass is simply done again.
/// </summary>
public sealed class TraffyPoller(IServiceProvider services, IOptions<TraffyOptions> options, TraffyFeedStatus status, ChannelAdapterRegistry adapters, TimeProvider clock, ILogger<TraffyPoller> logger)
    : PassWorker(logger)
{
    public const string AdapterName = "traffy";

    DateTimeOffset nextReconciliation = DateTimeOffset.MinValue;
    TimeSpan wait;

    protected override string PassName => "Traffy feed";

    protected override bool Enabled => options.Value.Mode != TraffyMode.Off;

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken)
    {
        // Paused between passes only: a pass in flight finishes so the cursor never stops half-way.
        await adapters.WaitWhilePausedAsync(AdapterName, cancellationToken);
        var settings = options.Value;
        ITraffyFeed feed = settings.Mode == TraffyMode.Exchange ? services.GetRequiredService<TraffyExchangeFeed>() : services.GetRequiredService<TraffyPublicFeed>();
        var reconcile = clock.GetUtcNow() >= nextReconciliation;
        try
        {
            var pass = await feed.RunAsync(reconcile, cancellationToken);
            status.PassSucceeded(pass.Cursor, reconcile, pass.Summary, pass.NewestTicketUtc);
            adapters.Polled(AdapterName, QuotaDetail());
            if (reconcile)
            {
                nextReconciliation = clock.GetUtcNow() + settings.ReconciliationInterval;
            }

            if (pass.Summary.Redacted > 0)
            {
                logger.LogInformation("Traffy {Mode} pass saw {Redacted} redacted tickets (counted, not cased)", settings.Mode, pass.Summary.Redacted);
            }

            wait = settings.PollInterval;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var quota = ex is TraffyFeedException { Kind: TraffyFailure.QuotaExhausted };
            status.PassFailed(ex, quota ? "quota-exhausted" : "backing-off");
            var failures = status.Current.ConsecutiveFailures;
            var backoff = TimeSpan.FromTicks((long)Math.Min(settings.MaxBackoff.Ticks, settings.PollInterval.Ticks * Math.Pow(2, Math.Min(failures, 20))));
            wait = quota ? settings.MaxBackoff : (ex as TraffyFeedException)?.RetryAfter is { } asked && asked > backoff && asked <= settings.MaxBackoff ? asked : backoff;
            adapters.Failed(AdapterName, ex, clock.GetUtcNow() + wait);
            logger.LogWarning("Traffy {Mode} pass failed ({Failures} in a row): {ErrorType}; next pass in {Wait}",
                settings.Mode, failures, status.Current.LastErrorType, wait);
        }

        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(wait, clock, cancellationToken);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        status.Update(s => s with { Mode = options.Value.Mode, State = options.Value.Mode == TraffyMode.Off ? "off" : "starting" });
        if (options.Value.Mode != TraffyMode.Off)
        {
            adapters.Register(AdapterName, pulling: true, detail: options.Value.Mode.ToString());
        }

        return base.StartAsync(cancellationToken);
    }

    string QuotaDetail()
    {
        var current = status.Current;
        return current.QuotaLimit is { } limit ? $"{options.Value.Mode} · quota {current.QuotaUsed}/{limit}" : options.Value.Mode.ToString();
    }
}
