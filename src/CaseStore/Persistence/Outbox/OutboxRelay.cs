using System.Diagnostics;
using System.Text.Json;
using Hub.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Persistence.Outbox;

/// <summary>
/// Publishes committed outbox rows to the bus and marks them dispatched only after the broker confirmed.
/// Unlike a fire-once outbox, a failed publish stays pending and is retried with a capped backoff forever;
/// operators see the backlog and the last error. Several instances may run: rows are claimed with a lease.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : PassWorker(logger)
{
    static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(15);
    static readonly ActivitySource Tracing = new("Hub");
    static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    DateTime nextCleanupUtc;

    protected override string PassName => "Outbox relay";

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken)
    {
        var published = await RelayBatchAsync(options.Value, cancellationToken);
        await CleanupAsync(cancellationToken);
        return published >= options.Value.BatchSize;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    async Task<int> RelayBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages
            .Where(m => m.DispatchedAtUtc == null && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.CreatedAtUtc)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var claim = $"{instance}:{Guid.NewGuid():N}";
        var leaseEnd = now + settings.Lease;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.DispatchedAtUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntilUtc, leaseEnd), cancellationToken);
        var rows = await db.OutboxMessages.Where(m => m.LockedBy == claim).ToListAsync(cancellationToken);

        await Task.WhenAll(rows.Select(row => PublishAsync(row, settings, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count(r => r.DispatchedAtUtc is not null);
    }

    async Task PublishAsync(OutboxMessage row, OutboxOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var type = Type.GetType(row.MessageType, throwOnError: true)!;
            var message = JsonSerializer.Deserialize(row.Payload, type, Outbox.Json)!;
            // The bus may not honour cancellation while it waits for a lost connection; WaitAsync bounds the wait
            // ourselves so one stuck publish cannot stall the relay. If it completes later anyway, the message id
            // lets consumers drop the duplicate.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            await DeliverAsync(row, message, type, timeout.Token).WaitAsync(PublishTimeout, cancellationToken);
            row.DispatchedAtUtc = clock.GetUtcNow().UtcDateTime;
            row.LastError = null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            row.Attempts++;
            var backoff = TimeSpan.FromMilliseconds(Math.Min(settings.MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(row.Attempts, 20))));
            row.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + backoff;
            var error = $"{ex.GetType().Name}: {ex.Message}";
            row.LastError = error.Length > 2000 ? error[..2000] : error;
            logger.LogWarning("Publishing outbox message {MessageId} failed (attempt {Attempt}), next try in {Backoff}: {ErrorType}",
                row.Id, row.Attempts, backoff, ex.GetType().Name);
        }
        finally
        {
            row.LockedBy = null;
            row.LockedUntilUtc = null;
        }
    }

    async Task DeliverAsync(OutboxMessage row, object message, Type type, CancellationToken cancellationToken)
    {
        // Continue the trace of the request that wrote the row: one trace from the door to the case.
        using var activity = ActivityContext.TryParse(row.TraceParent, null, out var parent)
            ? Tracing.StartActivity("outbox relay", ActivityKind.Producer, parent)
            : Tracing.StartActivity("outbox relay", ActivityKind.Producer);
        if (row.Destination is null)
        {
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = row.Id), cancellationToken);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(Queues.Address(row.Destination));
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(context => context.MessageId = row.Id), cancellationToken);
    }

    async Task CleanupAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < nextCleanupUtc)
        {
            return;
        }

        nextCleanupUtc = now.AddHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var cutoff = now - Retention;
        await db.OutboxMessages.Where(m => m.DispatchedAtUtc != null && m.DispatchedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
