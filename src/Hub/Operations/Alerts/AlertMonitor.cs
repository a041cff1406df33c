using Hub.CaseStore.Operations;
using Hub.CaseStore.Persistence;
using Hub.Operations.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Alerts;

/// <summary>
/// Checks the thresholds every <see cref="AlertOptions.Interval"/>. A condition that starts holding opens an incident
/// and one alert mail; when it stops, the incident closes with one recovery mail. Incidents and what was mailed are
/// stored, so a restart neither repeats an alert nor forgets a recovery; a failed mail is retried on the next round.
/// </summary>
public sealed class AlertMonitor(IServiceScopeFactory scopes, AlertMailer mailer, IOptions<AlertOptions> options, TimeProvider clock, ILogger<AlertMonitor> logger)
    : BackgroundService
{
    long rounds;

    /// <summary>Completed rounds since start, so tests and operators can tell the monitor is alive.</summary>
    public long Rounds => Interlocked.Read(ref rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var watchingSince = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                await RoundAsync(watchingSince, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Alert round failed: {ErrorType}", ex.GetType().Name);
            }
        }
    }

    public async Task RoundAsync(DateTimeOffset watchingSince, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var snapshot = await scope.ServiceProvider.GetRequiredService<ConsoleReader>().ReadAsync(cancellationToken, withFaults: false);
        var holding = AlertRules.Evaluate(snapshot, options.Value, watchingSince).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.AlertIncidents.Where(i => i.ClosedAtUtc == null).ToListAsync(cancellationToken);
        foreach (var condition in holding.Values.Where(c => open.All(i => i.Key != c.Key)))
        {
            db.AlertIncidents.Add(new AlertIncident { Key = condition.Key, Summary = condition.Summary, OpenedAtUtc = now });
        }

        foreach (var incident in open.Where(i => !holding.ContainsKey(i.Key) && !(snapshot.QueueError is not null && IsAboutBroker(i.Key))))
        {
            incident.ClosedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(db, cancellationToken);
        Interlocked.Increment(ref rounds);
    }

    async Task NotifyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var owed = await db.AlertIncidents
            .Where(i => i.NotifiedAtUtc == null || (i.ClosedAtUtc != null && i.RecoveryNotifiedAtUtc == null))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken);
        foreach (var incident in owed)
        {
            if (incident.NotifiedAtUtc is null && incident.ClosedAtUtc is not null)
            {
                // Opened and cleared before anyone was told (the mail server was down): nothing to report any more.
                incident.NotifiedAtUtc = incident.RecoveryNotifiedAtUtc = clock.GetUtcNow().UtcDateTime;
            }
            else if (incident.NotifiedAtUtc is null)
            {
                await mailer.SendAsync($"[Hub] แจ้งเตือน / Alert: {incident.Summary}",
                    $"เริ่มเมื่อ / Since {incident.OpenedAtUtc:yyyy-MM-dd HH:mm} UTC\n{incident.Summary}\n\nเหตุการณ์ / Incident {incident.Id} ({incident.Key})\nดูที่ / See {ConsolePage.Path}",
                    cancellationToken);
                incident.NotifiedAtUtc = clock.GetUtcNow().UtcDateTime;
                logger.LogWarning("Alert {IncidentId} {AlertKey} sent", incident.Id, incident.Key);
            }
            else
            {
                await mailer.SendAsync($"[Hub] กลับเป็นปกติ / Recovered: {incident.Summary}",
                    $"ตั้งแต่ / From {incident.OpenedAtUtc:yyyy-MM-dd HH:mm} ถึง / to {incident.ClosedAtUtc:yyyy-MM-dd HH:mm} UTC\n{incident.Summary}\n\nเหตุการณ์ / Incident {incident.Id} ({incident.Key})",
                    cancellationToken);
                incident.RecoveryNotifiedAtUtc = clock.GetUtcNow().UtcDateTime;
                logger.LogInformation("Recovery of alert {IncidentId} {AlertKey} sent", incident.Id, incident.Key);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    static bool IsAboutBroker(string key) => AlertRules.BrokerKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
